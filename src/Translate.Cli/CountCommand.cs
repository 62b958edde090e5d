using System.Globalization;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;
using Translate.Formats.Interchange;

namespace Translate.Cli;

/// <summary>translate count: a document's segments and words (characters for Chinese).</summary>
public static class CountCommand
{
    public const string Usage = "translate count <file|-> --lang <en|fr|de|lb|zh> [--max-bytes <n>]";

    public const string Help = $"""
        Prints the number of segments and words of a document (characters for zh).

        Usage: {Usage}

          <file|->           a .txt or .md document, or - for standard input (read as plain text)
          --lang <lang>      the document's language: en, fr, de, lb or zh
          --max-bytes <n>    refuse larger input (default 20 MB)
        """;

    public static int Run(Arguments arguments, Terminal terminal)
    {
        var (document, language) = Documents.ReadWithLanguage(arguments, Usage, terminal);
        var segments = document.Segments.ToList();
        var size = segments.Sum(segment => TextCounter.Count(segment, language));

        var unit = language.CountsCharacters() ? "character" : "word";
        terminal.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"{segments.Count} {Plural("segment", segments.Count)}, {size} {Plural(unit, size)}\n"));
        return ExitCodes.Success;
    }

    private static string Plural(string noun, int count) => count == 1 ? noun : noun + "s";
}
