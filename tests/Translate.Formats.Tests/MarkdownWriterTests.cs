using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;
using Translate.Testing;

namespace Translate.Formats.Tests;

public class MarkdownWriterTests
{
    [Fact]
    public void Write_Blocks_MarksTitleHeadingsAndListItems()
    {
        var document = new SegmentedDocument(
        [
            new SegmentedBlock(BlockKind.Title, ["Title"]),
            new SegmentedBlock(BlockKind.Heading, ["A heading"]),
            new SegmentedBlock(BlockKind.Paragraph, ["One.", "Two."]),
            new SegmentedBlock(BlockKind.ListItem, ["First"]),
            new SegmentedBlock(BlockKind.ListItem, ["Second"]),
            new SegmentedBlock(BlockKind.Contact, ["Phone: 247-74126"]),
        ]);

        Assert.Equal("# Title\n\n## A heading\n\nOne. Two.\n\n- First\n- Second\n\nPhone: 247-74126", MarkdownWriter.Write(document, Language.En));
    }

    [Fact]
    public void Write_TaggedSegments_LeavesTheTagsOutWithoutAnOriginalToFormatThem()
    {
        var document = new SegmentedDocument([new SegmentedBlock(BlockKind.Paragraph, ["The <1>Ministry</1> signed.<2/>", "Next."])]);

        Assert.Equal("The Ministry signed. Next.", MarkdownWriter.Write(document, Language.En));
    }

    [Fact]
    public void Write_ChineseSentences_JoinsThemWithoutSpaceLikePlainText()
    {
        var document = new SegmentedDocument([new SegmentedBlock(BlockKind.Paragraph, ["第一句。", "第二句。"])]);

        Assert.Equal("第一句。第二句。", MarkdownWriter.Write(document, Language.Zh));
    }

    [Theory]
    [InlineData("# Not a heading")]
    [InlineData("- Not a list item")]
    [InlineData("+ Not a list item either")]
    [InlineData("1. Not an ordered list")]
    [InlineData("2018) Not one either")]
    [InlineData("> Not a quote")]
    [InlineData("---")]
    [InlineData("~~~")]
    [InlineData("*Stars* and _underscores_ stay, as do `backticks`.")]
    [InlineData("[Brackets](are not a link) and <b>tags</b> are text.")]
    [InlineData("A | pipe, &amp; an entity, R&D and a back\\slash\\")]
    public void Write_TextThatLooksLikeMarkup_ReadsBackAsTheSameText(string text)
    {
        foreach (var kind in new[] { BlockKind.Title, BlockKind.Paragraph, BlockKind.ListItem })
        {
            var document = new SegmentedDocument([new SegmentedBlock(kind, [text])]);

            var read = MarkdownReader.Read(MarkdownWriter.Write(document, Language.En), Language.En);

            Assert.Equal(Segmenter.Split(text, Language.En), Assert.Single(read.Blocks).Segments);
        }
    }

    [Fact]
    public void Write_HeadingEndingWithHashes_KeepsThem()
    {
        var document = new SegmentedDocument([new SegmentedBlock(BlockKind.Title, ["Title"]), new SegmentedBlock(BlockKind.Heading, ["Issue #"])]);

        var read = MarkdownReader.Read(MarkdownWriter.Write(document, Language.En), Language.En);

        Assert.Equal("Issue #", read.Blocks[1].Segments.Single());
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    [InlineData(Language.De)]
    [InlineData(Language.Lb)]
    [InlineData(Language.Zh)]
    public void Write_SampleTranslation_ReadsBackAsTheSameSegments(Language language)
    {
        var document = SampleRelease.Document(language);

        var read = MarkdownReader.Read(MarkdownWriter.Write(document, language), language);

        Assert.Equal(document.Segments, read.Segments);
        Assert.Equal(document.Blocks.Select(b => b.Segments.Count), read.Blocks.Select(b => b.Segments.Count));
    }

    [Fact]
    public void Write_SampleSourceReadFromPlainText_ReadsBackWithTheSameBlocksAndSegments()
    {
        var document = PlainTextReader.Read(SampleRelease.Text(Language.En), Language.En);

        var read = MarkdownReader.Read(MarkdownWriter.Write(document, Language.En), Language.En);

        Assert.Equal(MarkdownReaderTests.Shape(document), MarkdownReaderTests.Shape(read));
    }
}
