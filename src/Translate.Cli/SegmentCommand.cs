using System.Text;
using Translate.Formats;
using Translate.Formats.Interchange;

namespace Translate.Cli;

/// <summary>translate segment: a document's segments, one a line, blocks separated by an empty line.</summary>
public static class SegmentCommand
{
    public const string Usage = "translate segment --lang <en|fr|de|lb|zh> <file|-> [--max-bytes <n>]";

    public const string Help = $"""
        Prints the segments of a document, one a line, with an empty line between blocks.

        Usage: {Usage}

          --lang <lang>      the document's language: en, fr, de, lb or zh
          <file|->           a .txt, .md, .html, .docx or .json document, or - for standard input (read as plain text)
          --max-bytes <n>    refuse larger input (default 20 MB)
        """;

    public static int Run(Arguments arguments, Terminal terminal)
    {
        var (document, _) = Documents.ReadWithLanguage(arguments, Usage, terminal);

        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            foreach (var segment in block.Segments)
            {
                text.Append(segment).Append('\n');
            }
        }

        terminal.Write(text.ToString());
        return ExitCodes.Success;
    }
}
