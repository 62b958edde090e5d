using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats;

/// <summary>The text of one block, its segments joined as in plain text.</summary>
internal static class BlockText
{
    // The plain-text writer owns the joining rule (no space between Chinese sentences); a one-block document
    // written by it is exactly that block's text, so every format joins sentences the same way.
    public static string Of(SegmentedBlock block, Language language) =>
        PlainTextWriter.Write(new SegmentedDocument([block with { Kind = BlockKind.Paragraph }]), language);
}
