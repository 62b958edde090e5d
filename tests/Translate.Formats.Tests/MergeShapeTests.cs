using Translate.Domain.Documents;

namespace Translate.Formats.Tests;

public class MergeShapeTests
{
    private static readonly SegmentedDocument Translated = new(
    [
        new SegmentedBlock(BlockKind.Title, ["Titel"]),
        new SegmentedBlock(BlockKind.Paragraph, ["Eins.", "Zwei."]),
    ]);

    [Fact]
    public void Check_SameBlocksAndSegments_Passes() =>
        MergeShape.Check(Translated, [1, 2], "Markdown");

    [Fact]
    public void Check_OtherNumberOfBlocks_GivesTheFormatsRefusalWithBothCounts()
    {
        var refusal = Assert.Throws<DocumentFormatException>(() => MergeShape.Check(
            Translated, [1, 2, 1], (have, want) => new DocumentFormatException($"blocks {have}/{want}"), (_, _, _) => throw new InvalidOperationException()));

        Assert.Equal("blocks 2/3", refusal.Message);
    }

    [Fact]
    public void Check_OtherNumberOfSegments_NamesTheFirstBlockThatDiffersFromOne()
    {
        var refusal = Assert.Throws<DocumentFormatException>(() => MergeShape.Check(
            Translated, [2, 3], (_, _) => throw new InvalidOperationException(), (block, have, want) => new DocumentFormatException($"block {block}: {have}/{want}")));

        Assert.Equal("block 1: 1/2", refusal.Message);
    }

    [Fact]
    public void Check_WithAFormatName_UsesTheSharedRefusalCodes()
    {
        var refusal = Assert.Throws<DocumentFormatException>(() => MergeShape.Check(Translated, [1, 1], "HTML"));

        Assert.Equal(("document.segment-counts-differ", "Block 2 has 2 segments in the translation but 1 in the original HTML."), (refusal.Problem?.Code, refusal.Message));
    }
}
