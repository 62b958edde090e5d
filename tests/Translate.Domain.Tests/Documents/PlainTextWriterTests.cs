using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Documents;

public class PlainTextWriterTests
{
    [Fact]
    public void Write_EmptyDocument_GivesEmptyText() =>
        Assert.Equal("", PlainTextWriter.Write(new SegmentedDocument([]), Language.En));

    [Fact]
    public void Write_Blocks_JoinsSentencesWithSpaceAndBlocksWithBlankLine()
    {
        var document = new SegmentedDocument(
        [
            new SegmentedBlock(BlockKind.Title, ["Title"]),
            new SegmentedBlock(BlockKind.Paragraph, ["One.", "Two."]),
        ]);

        Assert.Equal("Title\n\nOne. Two.", PlainTextWriter.Write(document, Language.Fr));
    }

    [Fact]
    public void Write_ChineseSentences_JoinsWithoutSpace()
    {
        var document = new SegmentedDocument([new SegmentedBlock(BlockKind.Paragraph, ["第一句。", "第二句。"])]);

        Assert.Equal("第一句。第二句。", PlainTextWriter.Write(document, Language.Zh));
    }

    [Fact]
    public void Write_ListItems_WritesOneMarkedLineEachInOneBlock()
    {
        var document = new SegmentedDocument(
        [
            new SegmentedBlock(BlockKind.Title, ["Title"]),
            new SegmentedBlock(BlockKind.ListItem, ["One.", "Two."]),
            new SegmentedBlock(BlockKind.ListItem, ["Three"]),
            new SegmentedBlock(BlockKind.Paragraph, ["End."]),
        ]);

        Assert.Equal("Title\n\n- One. Two.\n- Three\n\nEnd.", PlainTextWriter.Write(document, Language.En));
    }

    [Theory]
    [InlineData(Language.En, "Title\n\nA heading\n\nIntro. More.\n\n- One\n- Two\n\nEnd.")]
    [InlineData(Language.De, "Titel\n\n16. Januar 2018 – Es gilt z. B. das. Ende.")]
    [InlineData(Language.Zh, "标题\n\n正文。第二句。\n\n- 一\n- 二")]
    public void Write_ReadText_GivesTheTextBack(Language language, string text) =>
        Assert.Equal(text, PlainTextWriter.Write(PlainTextReader.Read(text, language), language));
}
