using Translate.Domain.Documents;

namespace Translate.Domain.Tests.Documents;

public class BlockBreakTests
{
    [Theory]
    [InlineData(null, BlockKind.Title, "")]
    [InlineData(BlockKind.ListItem, BlockKind.ListItem, "\n")]
    [InlineData(BlockKind.ListItem, BlockKind.Paragraph, "\n\n")]
    [InlineData(BlockKind.Paragraph, BlockKind.ListItem, "\n\n")]
    [InlineData(BlockKind.Heading, BlockKind.Paragraph, "\n\n")]
    public void Before_ABlock_IsNothingFirstALineWithinAListAndAnEmptyLineOtherwise(BlockKind? previous, BlockKind kind, string expected) =>
        Assert.Equal(expected, BlockBreak.Before(previous, kind));
}
