using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats.Tests;

public class MarkdownReaderTests
{
    [Fact]
    public void Read_Headings_MakesTheFirstLevelOneHeadingTheTitleAndTheOthersHeadings()
    {
        var document = MarkdownReader.Read(Fixture.Text("headings.md"), Language.En);

        Assert.Equal(
        [
            (BlockKind.Title, "Space cooperation"),
            (BlockKind.Heading, "A research laboratory"),
            (BlockKind.Paragraph, "Luxembourg signed today. | It is a first."),
            (BlockKind.Heading, "A second top-level heading"),
            (BlockKind.Heading, "Setext heading"),
            (BlockKind.Paragraph, "End."),
        ], Shape(document));
    }

    [Fact]
    public void Read_InlineMarkup_BecomesTagsNumberedPerBlock()
    {
        var document = MarkdownReader.Read(Fixture.Text("inline-markup.md"), Language.En);

        Assert.Equal(
        [
            (BlockKind.Paragraph,
                "The <1>Ministry</1> of the <2>Economy</2> signed a <3>memorandum</3> with <4>CNSA</4>. | "
                + "It follows <5/> the first & only agreement.<6/> | Contact: <7/> or <8/>SpaceResources.lu<9/>."),
        ], Shape(document));
    }

    [Theory]
    [InlineData("*All of it.*")]
    [InlineData("**All of it.**")]
    [InlineData("[All of it.](https://gouvernement.lu)")]
    public void Read_MarkupAroundTheWholeBlock_IsNoTag(string markdown) =>
        Assert.Equal("All of it.", Assert.Single(MarkdownReader.Read(markdown, Language.En).Segments));

    [Fact]
    public void Read_Lists_MakesEveryItemAListItemNestedOnesIncluded()
    {
        var document = MarkdownReader.Read(Fixture.Text("lists.md"), Language.En);

        Assert.Equal(
        [
            (BlockKind.Title, "Title"),
            (BlockKind.ListItem, "First item. | It has two sentences."),
            (BlockKind.ListItem, "Second item"),
            (BlockKind.ListItem, "Nested item"),
            (BlockKind.ListItem, "Third item"),
            (BlockKind.ListItem, "Ordered one"),
            (BlockKind.ListItem, "Ordered two"),
            (BlockKind.Paragraph, "After the lists."),
        ], Shape(document));
    }

    [Fact]
    public void Read_Table_MakesEveryCellATableCellRowByRow()
    {
        var document = MarkdownReader.Read(Fixture.Text("table.md"), Language.En);

        Assert.Equal(
            ["Name", "Phone", "Paul Zenners", "(+352) 247-74126", "Press office", "247-84100"],
            document.Blocks.Select(b => Assert.Single(b.Segments)));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.TableCell, b.Kind));
    }

    [Fact]
    public void Read_EscapedMarkup_IsText()
    {
        var document = MarkdownReader.Read(Fixture.Text("escapes.md"), Language.En);

        Assert.Equal(
        [
            (BlockKind.Paragraph, "# Not a heading, *not emphasis* and 1. not a list."),
            (BlockKind.Paragraph, "2018. | The year began."),
        ], Shape(document));
    }

    [Fact]
    public void Read_HtmlQuotesAndCode_KeepsTheirTextAsParagraphsAndDropsComments()
    {
        var document = MarkdownReader.Read(Fixture.Text("html-quote-code.md"), Language.En);

        Assert.Equal(
        [
            (BlockKind.Paragraph, "A paragraph written in HTML & kept as text."),
            (BlockKind.Paragraph, "A quoted sentence. | Another one."),
            (BlockKind.Paragraph, "An indented line of code."),
        ], Shape(document));
    }

    [Fact]
    public void Read_ChineseWithByteOrderMark_SegmentsByChineseRules()
    {
        var document = MarkdownReader.Read(Fixture.Text("chinese-with-bom.md"), Language.Zh);

        Assert.Equal(
        [
            (BlockKind.Title, "卢森堡与中国合作"),
            (BlockKind.Paragraph, "卢森堡经济部今天签署了谅解备忘录。 | 双方将开展合作！ | 这是第一步？"),
        ], Shape(document));
    }

    [Fact]
    public void Read_BlankText_GivesNoBlocks() =>
        Assert.Empty(MarkdownReader.Read(Fixture.Text("empty.md"), Language.En).Blocks);

    /// <summary>Each block's kind and its segments joined with " | ", to compare whole documents at a glance.</summary>
    internal static List<(BlockKind Kind, string Segments)> Shape(SegmentedDocument document) =>
        [.. document.Blocks.Select(b => (b.Kind, string.Join(" | ", b.Segments)))];
}
