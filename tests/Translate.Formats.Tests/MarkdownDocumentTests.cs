using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;

namespace Translate.Formats.Tests;

public class MarkdownDocumentTests
{
    private static readonly Dictionary<string, string> French = new(StringComparer.Ordinal)
    {
        ["Luxembourg cooperates with <1>China</1> in space"] = "Le Luxembourg coopère avec la <1>Chine</1> dans l'espace",
        ["A research laboratory"] = "Un laboratoire de recherche",
        ["Luxembourg, January 16, 2018 – The <1>Ministry of the Economy</1> and the <2>China National Space Administration</2> signed today a memorandum."]
            = "Luxembourg, le 16 janvier 2018 – Le <1>ministère de l'Économie</1> et l'<2>Administration spatiale nationale chinoise</2> ont signé aujourd'hui un protocole.",
        ["It follows the <3>SpaceResources.lu</3> initiative."] = "Il suit l'initiative <3>SpaceResources.lu</3>.",
        ["The laboratory will employ <1>at least 5 employees</1>."] = "Le laboratoire emploiera <1>au moins 5 personnes</1>.",
        ["Research fields:"] = "Domaines de recherche :",
        ["Interplanetary <1>communications</1>"] = "<1>Communications</1> interplanétaires",
        ["Deep space exploration"] = "Exploration de l'espace lointain",
        ["Contact"] = "Contact",
        ["Phone"] = "Téléphone",
        ["Paul Zenners"] = "Paul Zenners",
        ["(+352) 247-74126"] = "(+352) 247-74126",
        ["<1>Released by the Ministry of the Economy.</1><2/>"] = "<1>Communiqué par le ministère de l'Économie.</1><2/>",
        ["Photo: <3/> SIP"] = "Photo : <3/> SIP",
    };

    [Fact]
    public void Read_Release_GivesItsProseWithTagsAndLeavesOutFrontMatterAndCode()
    {
        var document = MarkdownReader.Read(Fixture.Text("release.md"), Language.En);

        Assert.Equal(French.Keys, document.Segments);
        Assert.Equal(
            [BlockKind.Title, BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem,
             BlockKind.TableCell, BlockKind.TableCell, BlockKind.TableCell, BlockKind.TableCell, BlockKind.Paragraph],
            document.Blocks.Select(b => b.Kind));
    }

    [Theory]
    [InlineData("release.md")]
    [InlineData("inline-markup.md")]
    [InlineData("html-quote-code.md")]
    [InlineData("escapes.md")]
    [InlineData("chinese-with-bom.md")]
    public void Merge_TheSourcesOwnSegments_GivesTheOriginalTextExactly(string fixture)
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        var language = fixture.StartsWith("chinese", StringComparison.Ordinal) ? Language.Zh : Language.En;

        Assert.Equal(markdown, MarkdownDocument.Merge(markdown, language, MarkdownReader.Read(markdown, language), language));
    }

    [Fact]
    public void Merge_French_KeepsTheStructureAndPutsTheMarkupOnTheTranslatedWords()
    {
        var markdown = Fixture.Text("release.md");

        var merged = MarkdownDocument.Merge(markdown, Language.En, TranslateToFrench(MarkdownReader.Read(markdown, Language.En)), Language.Fr);

        Assert.Equal(
            """
            ---
            title: Space cooperation
            date: 2018-01-16
            ---

            # Le Luxembourg coopère avec la *Chine* dans l'espace

            ## Un laboratoire de recherche

            Luxembourg, le 16 janvier 2018 – Le **ministère de l'Économie** et l'[Administration spatiale nationale chinoise](http://www.cnsa.gov.cn/english/ "CNSA") ont signé aujourd'hui un protocole. Il suit l'initiative `SpaceResources.lu`.

            - Le laboratoire emploiera _au moins 5 personnes_.
            - Domaines de recherche :
              1. **Communications** interplanétaires
              2. Exploration de l'espace lointain

            | Contact | Téléphone |
            |---------|-------|
            | Paul Zenners | (+352) 247-74126 |

            ```json
            { "contact": "paul.zenners@eco.etat.lu" }
            ```

            *Communiqué par le ministère de l'Économie.*  
            Photo : ![logo](logo.png) SIP

            """.ReplaceLineEndings("\n"),
            merged);

        // As the segmenter gives them: it folds the space after a standalone tag ("<3/> SIP" reads back as "<3/>SIP").
        var french = TranslateToFrench(MarkdownReader.Read(markdown, Language.En)).Segments.Select(s => Segmenter.Split(s, Language.Fr).Single());
        Assert.Equal(french, MarkdownReader.Read(merged, Language.Fr).Segments);
    }

    [Fact]
    public void Merge_ReorderedTags_KeepTheMarkupOnTheirWords()
    {
        const string markdown = "The **big** *red* car.";

        var merged = MarkdownDocument.Merge(markdown, Language.En, Translate(markdown, "La <2>voiture</2> <1>rouge</1>."), Language.Fr);

        Assert.Equal("La *voiture* **rouge**.", merged);
    }

    [Fact]
    public void Merge_TextThatLooksLikeMarkup_IsEscapedAndTagsWithoutACodeAreDropped()
    {
        const string markdown = "A *word* here.";

        var merged = MarkdownDocument.Merge(markdown, Language.En, Translate(markdown, "# Un *mot* <1>ici</1> <4>et</4> [là]."), Language.Fr);

        Assert.Equal(@"\# Un \*mot\* *ici* et \[là\].", merged);
    }

    [Fact]
    public void Merge_DifferentSegmentCount_IsRefusedNamingTheBlockAndBothCounts()
    {
        var error = Assert.Throws<DocumentFormatException>(() => MarkdownDocument.Merge(
            "# Title\n\nOne. Two.", Language.En, new SegmentedDocument([new SegmentedBlock(BlockKind.Title, ["Titre"]), new SegmentedBlock(BlockKind.Paragraph, ["Un."])]), Language.Fr));

        Assert.Equal("Block 2 has 1 segments in the translation but 2 in the original Markdown.", error.Message);
    }

    [Fact]
    public void Merge_DifferentBlockCount_IsRefusedNamingBothCounts()
    {
        var error = Assert.Throws<DocumentFormatException>(() => MarkdownDocument.Merge(
            "# Title", Language.En, new SegmentedDocument([]), Language.Fr));

        Assert.Equal("The translation has 0 blocks but the original Markdown has 1.", error.Message);
    }

    private static SegmentedDocument TranslateToFrench(SegmentedDocument english) =>
        new([.. english.Blocks.Select(b => b with { Segments = [.. b.Segments.Select(s => French[s])] })]);

    private static SegmentedDocument Translate(string markdown, params string[] segments)
    {
        var next = 0;
        return new([.. MarkdownReader.Read(markdown, Language.En).Blocks.Select(b => b with { Segments = [.. b.Segments.Select(_ => segments[next++])] })]);
    }
}
