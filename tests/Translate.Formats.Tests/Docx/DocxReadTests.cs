using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Testing;
using static Translate.Formats.Tests.Docx.DocxFixtures;

namespace Translate.Formats.Tests.Docx;

public class DocxReadTests
{
    [Fact]
    public void Read_PressReleaseMadeByPandoc_GivesTheSampleEnglishSegmentsModuloTags()
    {
        var document = Read(PressRelease);

        Assert.Equal(
            SampleRelease.Segments.Select(s => s.Text[Language.En]),
            document.Segments.Select(InlineTags.Strip));
    }

    [Fact]
    public void Read_PressRelease_KindsFollowStylesNumberingAndTables()
    {
        var kinds = Read(PressRelease).Blocks.Select(b => b.Kind);

        Assert.Equal(
            [
                BlockKind.Title, BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph,
                BlockKind.TableCell, BlockKind.TableCell, BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem,
            ],
            kinds);
    }

    [Fact]
    public void Read_PressRelease_BoldItalicAndLinksAreTagsAroundTheirWords()
    {
        var blocks = Read(PressRelease).Blocks;

        Assert.StartsWith("Luxembourg, January 16, 2018 – The <1>Ministry of the Economy</1> and the China", blocks[2].Segments[0], StringComparison.Ordinal);
        Assert.Contains("to establish a <1>Research Laboratory of Deep Space Exploration</1> in Luxembourg.", blocks[3].Segments[0], StringComparison.Ordinal);
        Assert.Contains("within the <1>SpaceResources.lu</1> initiative.", blocks[4].Segments[0], StringComparison.Ordinal);

        // The link's own formatting (the Hyperlink character style) is not the base: the text around it is.
        Assert.Equal("E-Mail: <1>paul.zenners@eco.etat.lu</1>", blocks[8].Segments[0]);
    }

    [Fact]
    public void Read_RichDocument_GivesEveryBlockWithItsKindAndTags()
    {
        var blocks = Read(Rich).Blocks.Select(b => (b.Kind, string.Join(" | ", b.Segments)));

        Assert.Equal(
            [
                (BlockKind.Title, "Annual report of the space agency"),
                (BlockKind.Heading, "Missions in 2018"),
                (BlockKind.Paragraph, "The <1>minister</1> signed the <2>agreement</2> in Luxembourg. | Its budget grew <3>by ten percent</3>."),
                (BlockKind.Paragraph, "Read the report on <1>the agency's website</1>.<2/> | Contact:<3/>press office"),
                (BlockKind.ListItem, "Launch the first satellite."),
                (BlockKind.ListItem, "Open a research laboratory."),
                (BlockKind.TableCell, "Mission"),
                (BlockKind.TableCell, "Year"),
                (BlockKind.TableCell, "Orbit"),
                (BlockKind.TableCell, "2018"),
                (BlockKind.Heading, "Outlook"),
                (BlockKind.Paragraph, "The next step is <1>a moon mission</1>."),
                (BlockKind.Paragraph, "A picture of the launch: <1/>"),

                // Tracked changes read as accepted: "very " inserted, "not " deleted.
                (BlockKind.Paragraph, "The mission was very successful."),
                (BlockKind.Paragraph, "Figures are provisional.<1/>"),

                // A content control's paragraph, then the header, the footer (a PAGE field and a NUMPAGES simple field), the footnote.
                (BlockKind.Paragraph, "Approved by the board."),
                (BlockKind.Paragraph, "Space agency – Annual report"),
                (BlockKind.Paragraph, "Page <1/> of <2/>"),
                (BlockKind.Paragraph, "<1/> Source: the agency's accounts."),
            ],
            blocks);
    }

    [Fact]
    public void Read_CommittedRichFixture_IsWhatItsBuilderMakes()
    {
        Assert.Equal(
            Read(RichDocument.Build()).Blocks.SelectMany(b => b.Segments.Prepend(b.Kind.ToString())),
            Read(Rich).Blocks.SelectMany(b => b.Segments.Prepend(b.Kind.ToString())));
    }

    [Fact]
    public void Read_FiftyPages_GivesEveryParagraphAndCell()
    {
        var document = Read(LongDocument.Build(pages: 50));

        Assert.Equal(LongDocument.BlockCount(pages: 50), document.Blocks.Count);
        Assert.Equal("Section 50", InlineTags.Strip(document.Blocks[^LongDocument.BlocksPerPage].Segments[0]));
    }
}
