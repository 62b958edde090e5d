using System.Text;
using System.Text.RegularExpressions;
using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats;

/// <summary>
/// Writes a document as Markdown, the inverse of <see cref="MarkdownReader"/>: the title as "# ", headings as "## ",
/// list items as "- ", other blocks as paragraphs. Characters Markdown would read as markup are escaped. Inline tags
/// are left out: without an original there is no formatting to give them (<see cref="MarkdownDocument.Merge"/> has one).
/// </summary>
public static partial class MarkdownWriter
{
    public static string Write(SegmentedDocument document, Language language)
    {
        ArgumentNullException.ThrowIfNull(document);

        var markdown = new StringBuilder();
        BlockKind? previous = null;
        foreach (var block in document.Blocks)
        {
            if (previous is not null)
            {
                markdown.Append(previous == BlockKind.ListItem && block.Kind == BlockKind.ListItem ? "\n" : "\n\n");
            }

            var text = Escape(block.PlainText(language));
            switch (block.Kind)
            {
                case BlockKind.Title:
                    markdown.Append("# ").Append(EscapeClosingHashes(text));
                    break;
                case BlockKind.Heading:
                    markdown.Append("## ").Append(EscapeClosingHashes(text));
                    break;
                case BlockKind.ListItem:
                    markdown.Append("- ").Append(text);
                    break;
                default:
                    markdown.Append(text);
                    break;
            }

            previous = block.Kind;
        }

        return markdown.ToString();
    }

    /// <summary>One line of text whose every character reads back as itself.</summary>
    private static string Escape(string text)
    {
        var escaped = InlineMarkup().Replace(text.ReplaceLineEndings(" ").Trim(), @"\$0");
        escaped = BlockMarker().Replace(escaped, @"\$0");
        return ListNumber().Replace(escaped, @"${number}\${mark}");
    }

    // "## Issue #" would lose its final "#" as a closing sequence.
    private static string EscapeClosingHashes(string text) => text.EndsWith('#') ? text[..^1] + @"\#" : text;

    // Emphasis, code, links, raw HTML, table pipes, backslashes, and "&" only where it would start an entity.
    [GeneratedRegex(@"[\\`*_\[\]<|]|&(?=#?[0-9A-Za-z]+;)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex InlineMarkup();

    // Headings, quotes, bullets and fences at the start of a line.
    [GeneratedRegex(@"^[#>+~-]", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BlockMarker();

    // "2018. The year..." at the start of a line would open an ordered list.
    [GeneratedRegex(@"^(?<number>\d{1,9})(?<mark>[.)])", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ListNumber();
}
