using System.Text;
using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats;

/// <summary>
/// Writes a document as Markdown, the inverse of <see cref="MarkdownReader"/>: the title as "# ", headings as "## ",
/// list items as "- ", other blocks as paragraphs. Characters Markdown would read as markup are escaped. Inline tags
/// are left out: without an original there is no formatting to give them (<see cref="MarkdownDocument.Merge"/> has one).
/// </summary>
public static class MarkdownWriter
{
    public static string Write(SegmentedDocument document, Language language)
    {
        ArgumentNullException.ThrowIfNull(document);

        var markdown = new StringBuilder();
        BlockKind? previous = null;
        foreach (var block in document.Blocks)
        {
            markdown.Append(BlockBreak.Before(previous, block.Kind));

            // One line whose every character reads back as itself.
            var text = MarkdownEscape.Words(block.PlainText(language).ReplaceLineEndings(" ").Trim(), atBlockStart: true);
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

    // "## Issue #" would lose its final "#" as a closing sequence.
    private static string EscapeClosingHashes(string text) => text.EndsWith('#') ? text[..^1] + @"\#" : text;
}
