using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Documents;

public class PlainTextReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\n  \t\r\n")]
    public void Read_EmptyOrBlankText_GivesNoBlocks(string text) =>
        Assert.Empty(PlainTextReader.Read(text, Language.En).Blocks);

    [Theory]
    [InlineData("Title\r\n\r\nFirst one. Second one.\r\n")]
    [InlineData("Title\r\rFirst one. Second one.\r")]
    [InlineData("\uFEFFTitle  \t\n \t \n\n\nFirst one. \tSecond one.\t\n")]
    public void Read_LineEndingsBomAndTrailingWhitespace_GiveTheSameBlocks(string text)
    {
        var document = PlainTextReader.Read(text, Language.En);

        Assert.Collection(
            document.Blocks,
            block => Assert.Equal(new SegmentedBlock(BlockKind.Title, ["Title"]), block, BlockComparer.Instance),
            block => Assert.Equal(new SegmentedBlock(BlockKind.Paragraph, ["First one.", "Second one."]), block, BlockComparer.Instance));
    }

    [Fact]
    public void Read_LinesOfOneBlock_JoinIntoItsSentences()
    {
        var document = PlainTextReader.Read("Title\n\nThe first line\ncontinues here. Next one.", Language.En);

        Assert.Equal(["The first line continues here.", "Next one."], document.Blocks[1].Segments);
    }

    [Fact]
    public void Read_ShortUnpunctuatedLinesBeforeFirstParagraph_AreHeadings()
    {
        const string text = "Title\n\nA heading\n\nAnother heading\n\nA paragraph.\n\nNot a heading any more\n\nTwo lines\nwithout marks";

        var kinds = PlainTextReader.Read(text, Language.En).Blocks.Select(b => b.Kind);

        Assert.Equal(
            [BlockKind.Title, BlockKind.Heading, BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph],
            kinds);
    }

    [Theory]
    [InlineData(Language.En, "Media contact:")]
    [InlineData(Language.En, "He said \"Yes.\"")]
    [InlineData(Language.Fr, "Vraiment ?")]
    [InlineData(Language.Zh, "媒体联系人：")]
    [InlineData(Language.Zh, "真的吗？")]
    public void Read_SingleLineEndingWithMark_IsParagraphNotHeading(Language language, string line) =>
        Assert.Equal(BlockKind.Paragraph, PlainTextReader.Read($"Title\n\n{line}", language).Blocks[1].Kind);

    [Fact]
    public void Read_ChineseHeading_IsFoundWithoutMarks()
    {
        var document = PlainTextReader.Read("标题\n\n小标题\n\n正文。第二句。", Language.Zh);

        Assert.Equal([BlockKind.Title, BlockKind.Heading, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
        Assert.Equal(["正文。", "第二句。"], document.Blocks[2].Segments);
    }

    [Fact]
    public void Read_BlockOfMarkedLines_GivesOneListItemPerLineWithoutMarker()
    {
        const string text = "Title\n\nIntro.\n\n- One. Two.\n* Three\n• Four\n1. Five\n  2) Six";

        var items = PlainTextReader.Read(text, Language.En).Blocks.Skip(2).ToList();

        Assert.All(items, item => Assert.Equal(BlockKind.ListItem, item.Kind));
        Assert.Equal(
            [["One.", "Two."], ["Three"], ["Four"], ["Five"], ["Six"]],
            items.Select(item => item.Segments));
    }

    [Fact]
    public void Read_BlockWithSomeUnmarkedLines_IsParagraph()
    {
        var block = PlainTextReader.Read("Title\n\n- One\nand more.", Language.En).Blocks[1];

        Assert.Equal(new SegmentedBlock(BlockKind.Paragraph, ["- One and more."]), block, BlockComparer.Instance);
    }

    [Theory]
    [InlineData(Language.De, "16. Januar 2018 – Das Ministerium hat unterzeichnet.")]
    [InlineData(Language.Lb, "16. Januar 2018 – De Ministère huet ënnerschriwwen.")]
    public void Read_LineStartingWithOrdinalDate_IsParagraphNotList(Language language, string line)
    {
        var block = PlainTextReader.Read($"Titel\n\n{line}", language).Blocks[1];

        Assert.Equal(new SegmentedBlock(BlockKind.Paragraph, [line]), block, BlockComparer.Instance);
    }

    /// <summary>Records compare lists by reference; blocks are equal when kind and segments are.</summary>
    private sealed class BlockComparer : IEqualityComparer<SegmentedBlock>
    {
        public static readonly BlockComparer Instance = new();

        public bool Equals(SegmentedBlock? x, SegmentedBlock? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Segments.SequenceEqual(y.Segments);

        public int GetHashCode(SegmentedBlock obj) => obj.Kind.GetHashCode();
    }
}
