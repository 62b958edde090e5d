using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats;
using Translate.Formats.Interchange;

namespace Translate.Cli;

/// <summary>translate merge: a document rebuilt in the target language from its translated bilingual file.</summary>
public static class MergeCommand
{
    public const string Usage = "translate merge <file> <translated.xlf> -o <output> [--max-bytes <n>]";

    public const string Help = $"""
        Writes the translated document in the original's format (.txt, .md, .html, .docx or .json: the same structure,
        styles and formatting, the words translated) from an XLIFF 2.1 or 1.2 file extracted from it. A segment
        without a translation keeps its source text, with a warning.

        Usage: {Usage}

          <file>                the original .txt, .md, .html, .docx or .json document
          <translated.xlf>      the translated XLIFF file made by translate extract
          -o, --output <file>   where to write the translated document
          --max-bytes <n>       refuse larger input (default 20 MB)
        """;

    public static int Run(Arguments arguments, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(terminal);
        arguments.Expect(2, Usage, "--output", "--max-bytes");
        var output = arguments.Required("--output");
        var (path, xliffPath) = (arguments.Positionals[0], arguments.Positionals[1]);
        var limits = new ReaderLimits { MaxBytes = arguments.MaxBytes(ReaderLimits.DefaultMaxBytes) };

        var bilingual = ReadBilingual(xliffPath, limits, terminal);
        var original = InputFiles.ReadBytes(path, limits.MaxBytes, terminal.Input);
        var document = Documents.Read(path, original, bilingual.SourceLanguage, limits);
        var translated = Translate(document, bilingual, xliffPath, terminal);

        byte[] bytes;
        try
        {
            bytes = SourceFiles.Merge(original, InputFiles.FormatOf(path), bilingual.SourceLanguage, translated, bilingual.TargetLanguage, limits);
        }
        catch (FormatException e)
        {
            throw new CommandLineException($"{InputFiles.Describe(path)} cannot be rebuilt: {e.Message}", e);
        }

        OutputFiles.Write(output, stream => stream.Write(bytes, 0, bytes.Length));
        return ExitCodes.Success;
    }

    private static BilingualDocument ReadBilingual(string path, ReaderLimits limits, Terminal terminal)
    {
        var bytes = InputFiles.ReadBytes(path, limits.MaxBytes, terminal.Input);
        try
        {
            return XliffReader.Read(bytes, limits);
        }
        catch (InterchangeFormatException e)
        {
            throw new CommandLineException($"The file '{path}' is refused: {e.Message}", e);
        }
    }

    private static string TargetText(InlineText target, string unitId, string xliffPath)
    {
        try
        {
            return TaggedText.FromInline(target);
        }
        catch (InterchangeFormatException e)
        {
            throw new CommandLineException($"The target of unit '{unitId}' in '{xliffPath}' is refused: {e.Message}", e);
        }
    }

    /// <summary>The document with each segment replaced by its unit's target, checked to be the file made from it.</summary>
    private static SegmentedDocument Translate(SegmentedDocument document, BilingualDocument bilingual, string xliffPath, Terminal terminal)
    {
        var segments = document.Segments.ToList();
        if (bilingual.Units.Count != segments.Count)
        {
            throw new CommandLineException(
                $"The file '{xliffPath}' has {bilingual.Units.Count} units but the document has {segments.Count} segments in " +
                $"{bilingual.SourceLanguage.Code()}: it was not extracted from this document.");
        }

        var targets = new List<string>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var unit = bilingual.Units[i];
            var expectedId = ExtractCommand.UnitId(i + 1);
            if (unit.Id != expectedId)
            {
                throw new CommandLineException(
                    $"The file '{xliffPath}' has unit '{unit.Id}' where '{expectedId}' was expected: it was not extracted from this document.");
            }

            if (TaggedText.FromInline(unit.Source) != segments[i])
            {
                throw new CommandLineException(
                    $"The source of unit '{unit.Id}' in '{xliffPath}' differs from segment {i + 1} of the document: " +
                    "it was extracted from another document or the document changed since.");
            }

            targets.Add(unit.Target is { } target ? TargetText(target, unit.Id, xliffPath) : "");
        }

        // Warnings only once the whole file is known to fit the document.
        for (var i = 0; i < targets.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(targets[i]))
            {
                terminal.Warn($"unit '{bilingual.Units[i].Id}' has no translation; its source text is kept.");
                targets[i] = segments[i];
            }
        }

        var next = 0;
        return new SegmentedDocument(document.Blocks
            .Select(block => block with { Segments = block.Segments.Select(_ => targets[next++]).ToList() })
            .ToList());
    }
}
