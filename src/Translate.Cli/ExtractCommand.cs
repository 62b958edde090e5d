using System.Globalization;
using Translate.Domain.Translations;
using Translate.Formats.Interchange;

namespace Translate.Cli;

/// <summary>translate extract: a document as a bilingual file, one unit a segment, ready for a CAT tool.</summary>
public static class ExtractCommand
{
    public const string Usage =
        "translate extract <file|-> --source <lang> --target <lang> [--format xliff2|xliff12] [-o <out.xlf>] [--max-bytes <n>]";

    public const string Help = $"""
        Writes a bilingual XLIFF file of a document: a unit a segment (ids s1, s2, ...), targets empty.

        Usage: {Usage}

          <file|->              a .txt, .md, .html, .docx or .json document, or - for standard input (read as plain text)
          --source <lang>       the document's language: en, fr, de, lb or zh
          --target <lang>       the language to translate into
          --format <format>     xliff2 (XLIFF 2.1, the default) or xliff12 (XLIFF 1.2)
          -o, --output <file>   where to write the file (default: standard output)
          --max-bytes <n>       refuse larger input (default 20 MB)
        """;

    public static int Run(Arguments arguments, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(terminal);
        arguments.Expect(1, Usage, "--source", "--target", "--format", "--output", "--max-bytes");
        var source = arguments.Language("--source");
        var target = arguments.Language("--target");
        if (source == target)
        {
            throw CommandLineException.Usage("--source and --target are the same language.");
        }

        var format = arguments.Option("--format") ?? BilingualFiles.Xliff2;
        if (format is not (BilingualFiles.Xliff2 or BilingualFiles.Xliff12))
        {
            throw CommandLineException.Usage($"Unknown format '{format}': use xliff2 or xliff12.");
        }

        var path = arguments.Positionals[0];
        var document = Documents.Read(path, source, arguments, terminal);
        var units = document.Blocks
            .SelectMany(block => block.Segments.Select(segment => (block.Kind, segment)))
            .Select((s, i) => new BilingualUnit(UnitId(i + 1), TaggedText.ToInline(s.segment), null, TranslationState.Empty)
            {
                SegmentNumber = i + 1,
                BlockKind = s.Kind,
            })
            .ToList();
        var bilingual = new BilingualDocument(source, target, OriginalName(path), units);

        var output = arguments.Option("--output");
        if (output is null)
        {
            BilingualFiles.Write(bilingual, format, terminal.Output);
            terminal.Output.Flush();
        }
        else
        {
            OutputFiles.Write(output, stream => BilingualFiles.Write(bilingual, format, stream));
        }

        return ExitCodes.Success;
    }

    /// <summary>The id of the unit of the document's nth segment, in document order.</summary>
    public static string UnitId(int segmentNumber) => string.Create(CultureInfo.InvariantCulture, $"s{segmentNumber}");

    public static string OriginalName(string path) => path == InputFiles.StandardInput ? "stdin" : Path.GetFileName(path);
}
