using System.Text;
using Translate.Domain.Languages;

namespace Translate.Domain.Documents;

/// <summary>Writes a document as plain text, the inverse of <see cref="PlainTextReader"/>.</summary>
public static class PlainTextWriter
{
    public static string Write(SegmentedDocument document, Language language)
    {
        ArgumentNullException.ThrowIfNull(document);

        var text = new StringBuilder();
        BlockKind? previous = null;
        foreach (var block in document.Blocks)
        {
            if (previous is not null)
            {
                // Consecutive list items stay one list, as the reader found them.
                text.Append(previous == BlockKind.ListItem && block.Kind == BlockKind.ListItem ? "\n" : "\n\n");
            }

            if (block.Kind == BlockKind.ListItem)
            {
                text.Append("- ");
            }

            text.Append(block.Text(language));
            previous = block.Kind;
        }

        return text.ToString();
    }
}
