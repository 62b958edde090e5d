using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Glossaries;
using Translate.Formats.Interchange;

namespace Translate.Formats.Tests.Fuzz;

/// <summary>
/// Real documents, mutated with fixed seeds, are read or refused, never thrown: every reader returns or refuses with its
/// format's refusal (carrying a problem code), and what is read is merged back into the mutated original and written
/// out again the same way. A failure names the file, the mutation and the seed, so it replays.
/// </summary>
public class DocumentFuzzTests
{
    private const int DocxSeeds = 4;
    private const int TextSeeds = 40;

    public static TheoryData<string> WordDocuments => ["press-release.docx", "rich.docx"];

    public static TheoryData<string> TextFiles =>
    [
        "Html/press-release.html", "../Samples/press-release-2018-01-16/en.txt", "../Samples/press-release-2018-01-16/zh.txt", "Docx/press-release.md", "release.md", "inline-markup.md", "html-quote-code.md", "table.md", "Json/en.json",
        "Interchange/okapi.xlf", "Interchange/trados-memoq.xlf", "Interchange/other-tool.tmx",
        "Glossaries/sample.tbx", "Glossaries/memoq-export-v2.tbx", "Glossaries/excel-semicolon-bom.csv",
    ];

    [Theory]
    [MemberData(nameof(WordDocuments))]
    public void MutatedWordDocument_IsReadOrRefused(string name)
    {
        var original = Bytes(Path.Combine("Docx", name));

        var failures = Run(original, DocxMutations.All, DocxSeeds, mutated => ReadAndMerge(mutated, SourceFormat.Docx));

        Assert.True(failures.Count == 0, $"{name}:\n{string.Join("\n", failures)}");
    }

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void MutatedTextFile_IsReadOrRefused(string name)
    {
        var original = Bytes(name);
        Action<byte[]> read = Path.GetExtension(name) switch
        {
            ".xlf" => ReadXliff,
            ".tmx" => ReadTmx,
            ".tbx" => bytes => TbxWriter.Write(Stream.Null, TbxReader.Read(new MemoryStream(bytes), ReaderLimits.Default).Entries),
            ".csv" => bytes => GlossaryCsvWriter.Write(Stream.Null, GlossaryCsvReader.Read(new MemoryStream(bytes), ReaderLimits.Default).Entries),
            _ => bytes => ReadAndMerge(bytes, SourceFiles.FormatOf(name)!.Value),
        };

        var failures = Run(original, TextMutations.All, TextSeeds, read);

        Assert.True(failures.Count == 0, $"{name}:\n{string.Join("\n", failures)}");
    }

    private static List<string> Run(byte[] original, (string Name, Func<byte[], Random, byte[]> Mutate)[] mutations, int seeds, Action<byte[]> read)
    {
        var failures = new List<string>();
        foreach (var (mutation, mutate) in mutations)
        {
            for (var seed = 1; seed <= seeds; seed++)
            {
                var mutated = mutate(original, new Random(seed));
                try
                {
                    read(mutated);
                }
                catch (DocumentFormatException e) when (e.Problem is not null)
                {
                }
                catch (InterchangeFormatException e) when (e.Problem is not null)
                {
                }
                catch (Exception e)
                {
                    failures.Add($"  {mutation}, seed {seed}: {e.GetType().FullName}: {e.Message}\n{e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Translate.Formats.", StringComparison.Ordinal) && !l.Contains(".Tests.", StringComparison.Ordinal))}");
                }
            }
        }

        return failures;
    }

    private static void ReadAndMerge(byte[] content, SourceFormat format)
    {
        var document = SourceFiles.Read(content, format, Language.En, ReaderLimits.Default);
        var merged = SourceFiles.Merge(content, format, Language.En, document, Language.Fr, ReaderLimits.Default);

        // What a merge writes, Translate reads back, refusing nothing.
        try
        {
            SourceFiles.Read(merged, format, Language.Fr, ReaderLimits.Default);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"The merged document is refused: {e.Message}", e);
        }
    }

    private static void ReadXliff(byte[] content)
    {
        var document = XliffReader.Read(content, ReaderLimits.Default);
        Xliff2Writer.Write(document, Stream.Null);
        Xliff12Writer.Write(document, Stream.Null);
    }

    private static void ReadTmx(byte[] content) =>
        TmxWriter.Write(TmxReader.Read(new MemoryStream(content), ReaderLimits.Default), Stream.Null);

    private static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
