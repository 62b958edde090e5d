using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Formats;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Cli.Tests;

public class ExtractMergeTests
{
    private static string EnPath => Path.Combine(SampleRelease.Folder, "en.txt");

    [Fact]
    public void Extract_WritesAUnitPerSegmentInDocumentOrder()
    {
        using var folder = new TempFolder();
        var xliff = folder.File("en-fr.xlf");

        var run = Tool.Run("extract", EnPath, "--source", "en", "--target", "fr", "-o", xliff);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var document = ReadXliff2(xliff);
        Assert.Equal((Language.En, Language.Fr, "en.txt"), (document.SourceLanguage, document.TargetLanguage, document.Original));
        Assert.Equal(SampleRelease.Segments.Select(s => $"s{s.Number}"), document.Units.Select(u => u.Id));
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.En]), document.Units.Select(u => u.Source.ToPlainString()));
        Assert.All(document.Units, unit => Assert.Equal((null, TranslationState.Empty), (unit.Target, unit.State)));
    }

    [Fact]
    public void Extract_WithoutOutput_WritesToStandardOutput()
    {
        var run = Tool.Run("extract", EnPath, "--source", "en", "--target", "de");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(run.Output));
        Assert.Equal(16, Xliff2Reader.Read(stream, ReaderLimits.Default, Language.En, Language.De).Units.Count);
    }

    [Fact]
    public void ExtractThenMerge_WithTheFrenchReferenceTranslations_WritesFrTxt()
    {
        using var folder = new TempFolder();
        var xliff = folder.File("en-fr.xlf");
        Tool.Run("extract", EnPath, "--source", "en", "--target", "fr", "-o", xliff);
        Translate(xliff, Language.Fr, read: ReadXliff2, write: Xliff2Writer.Write);
        var output = folder.File("fr.txt");

        var run = Tool.Run("merge", EnPath, xliff, "-o", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Equal(SampleRelease.Text(Language.Fr).ReplaceLineEndings("\n").TrimEnd('\n'), File.ReadAllText(output));
    }

    [Fact]
    public void ExtractThenMerge_InXliff12_WritesTheGermanDocument()
    {
        using var folder = new TempFolder();
        var xliff = folder.File("en-de.xlf");
        var extract = Tool.Run("extract", EnPath, "--source", "en", "--target", "de", "--format", "xliff12", "-o", xliff);
        Assert.Equal(ExitCodes.Success, extract.ExitCode);
        Assert.Contains("urn:oasis:names:tc:xliff:document:1.2", File.ReadAllText(xliff), StringComparison.Ordinal);
        Translate(xliff, Language.De, read: ReadXliff12, write: Xliff12Writer.Write);
        var output = folder.File("de.txt");

        var run = Tool.Run("merge", EnPath, xliff, "-o", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(SampleRelease.Text(Language.De).ReplaceLineEndings("\n").TrimEnd('\n'), File.ReadAllText(output));
    }

    [Fact]
    public void Merge_AMarkdownDocument_WritesTheOriginalMarkdownInTheTargetLanguage()
    {
        using var folder = new TempFolder();
        var source = folder.Write("note.md", "# Space news\n\nLuxembourg signs. China agrees.\n");
        var xliff = folder.File("note.xlf");
        Tool.Run("extract", source, "--source", "en", "--target", "fr", "-o", xliff);
        var document = ReadXliff2(xliff);
        string[] french = ["Nouvelles spatiales", "Le Luxembourg signe.", "La Chine accepte."];
        WriteXliff2(xliff, document with { Units = document.Units.Select((u, i) => u with { Target = InlineText.Plain(french[i]) }).ToList() });
        var output = folder.File("note.fr.md");

        var run = Tool.Run("merge", source, xliff, "-o", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("# Nouvelles spatiales\n\nLe Luxembourg signe. La Chine accepte.\n", File.ReadAllText(output));
    }

    [Fact]
    public void Merge_AMissingTranslation_KeepsTheSourceAndWarns()
    {
        using var folder = new TempFolder();
        var source = folder.Write("note.txt", "Title\n\nFirst sentence. Second sentence.");
        var xliff = folder.File("note.xlf");
        Tool.Run("extract", source, "--source", "en", "--target", "fr", "-o", xliff);
        var document = ReadXliff2(xliff);
        WriteXliff2(xliff, document with
        {
            Units = [document.Units[0] with { Target = InlineText.Plain("Titre") }, document.Units[1], document.Units[2] with { Target = InlineText.Plain("Deuxième phrase.") }],
        });
        var output = folder.File("note.fr.txt");

        var run = Tool.Run("merge", source, xliff, "-o", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("warning: unit 's2' has no translation; its source text is kept.\n", run.Error);
        Assert.Equal("Titre\n\nFirst sentence. Deuxième phrase.", File.ReadAllText(output));
    }

    internal static BilingualDocument ReadXliff2(string path)
    {
        using var stream = File.OpenRead(path);
        return Xliff2Reader.Read(stream, ReaderLimits.Default);
    }

    internal static void WriteXliff2(string path, BilingualDocument document)
    {
        using var stream = File.Create(path);
        Xliff2Writer.Write(document, stream);
    }

    private static BilingualDocument ReadXliff12(string path)
    {
        using var stream = File.OpenRead(path);
        return Xliff12Reader.Read(stream, ReaderLimits.Default);
    }

    /// <summary>Fills every unit's target with the sample's reference translation, as a translator's CAT tool would.</summary>
    [Fact]
    public void ExtractThenMerge_AWordDocument_WritesTheWordDocumentInFrench()
    {
        using var folder = new TempFolder();
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", "press-release.docx");
        var xliff = folder.File("press-release.xlf");
        var extract = Tool.Run("extract", source, "--source", "en", "--target", "fr", "-o", xliff);
        Assert.Equal(ExitCodes.Success, extract.ExitCode);
        Assert.Contains("The <1>Ministry of the Economy</1>", TaggedText.FromInline(ReadXliff2(xliff).Units[2].Source), StringComparison.Ordinal);
        Translate(xliff, Language.Fr, read: ReadXliff2, write: Xliff2Writer.Write);
        var output = folder.File("press-release-fr.docx");

        var run = Tool.Run("merge", source, xliff, "-o", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var french = SourceFiles.Read(File.ReadAllBytes(output), SourceFormat.Docx, Language.Fr, ReaderLimits.Default);
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.Fr]), french.Segments);
    }

    [Theory]
    [InlineData("zip-bomb.docx", "bomb")]
    [InlineData("path-traversal.docx", "../")]
    [InlineData("pdf-renamed.docx", "PDF")]
    public void Extract_AHostileWordDocument_IsRefusedAndWritesNothing(string fileName, string named)
    {
        using var folder = new TempFolder();
        var xliff = folder.File("out.xlf");

        var run = Tool.Run("extract", Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", "hostile", fileName), "--source", "en", "--target", "fr", "-o", xliff);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("is refused", run.Error, StringComparison.Ordinal);
        Assert.Contains(named, run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(xliff));
    }

    private static void Translate(string path, Language language, Func<string, BilingualDocument> read, Action<BilingualDocument, Stream> write)
    {
        var document = read(path);
        var translated = document with
        {
            Units = document.Units
                .Select((unit, i) => unit with { Target = InlineText.Plain(SampleRelease.Segments[i].Text[language]), State = TranslationState.Translated })
                .ToList(),
        };
        using var stream = File.Create(path);
        write(translated, stream);
    }
}
