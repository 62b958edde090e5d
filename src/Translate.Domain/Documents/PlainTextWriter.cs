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
            text.Append(BlockBreak.Before(previous, block.Kind));
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
