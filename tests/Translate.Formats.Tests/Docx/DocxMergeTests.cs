using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Docx;
using Translate.Formats.Interchange;
using Translate.Testing;
using static Translate.Formats.Tests.Docx.DocxFixtures;

namespace Translate.Formats.Tests.Docx;

public class DocxMergeTests
{
    [Fact]
    public void Merge_PressReleaseInFrench_RereadGivesTheFrenchSegments()
    {
        var french = FrenchPressRelease();

        var merged = Merge(PressRelease, french, Language.Fr);

        Assert.Equal(french.Blocks, Read(merged, Language.Fr).Blocks, BlockComparer.Instance);
    }

    [Fact]
    public void Merge_PressReleaseInFrench_KeepsStylesListsTableAndLinkAndAddsNoInvalidXml()
    {
        var merged = Merge(PressRelease, FrenchPressRelease(), Language.Fr);

        // Pandoc's own XML is not all schema-valid (rPr children out of order, ...): the merge must add no kind of
        // error of its own; the runs it copies may sit at other paths.
        Assert.Empty(Errors(merged).Select(e => e.Description).Except(Errors(PressRelease).Select(e => e.Description)));
        Inspect(merged, document =>
        {
            var main = document.MainDocumentPart!;
            var paragraphs = main.Document!.Body!.Elements<Paragraph>().ToList();
            Assert.Equal("Title", paragraphs[0].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
            Assert.Equal("Heading1", paragraphs[1].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
            Assert.Equal(3, main.Document.Body.Elements<Paragraph>().Count(p => p.ParagraphProperties?.NumberingProperties is not null));
            Assert.Equal(["Contact presse :", "Paul Zenners"], main.Document.Body.Elements<Table>().Single().Descendants<Paragraph>().Select(p => p.InnerText));
            var bold = main.Document.Body.Descendants<Run>().Where(r => r.RunProperties?.Bold is not null).Select(r => r.InnerText);
            Assert.Equal(["ministère de l'Économie"], bold);
            var italic = main.Document.Body.Descendants<Run>().Where(r => r.RunProperties?.Italic is not null).Select(r => r.InnerText);
            Assert.Equal(["laboratoire de recherche sur l'exploration de l'espace lointain"], italic);
            var link = main.Document.Body.Descendants<Hyperlink>().First();
            Assert.Equal("SpaceResources.lu", link.InnerText);
            Assert.Equal("https://space-agency.public.lu/en/space-resources.html", main.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString());
            return 0;
        });
    }

    [Fact]
    public void Merge_InFrench_SetsTheLanguageOfStylesRunsAndCoreProperties()
    {
        var merged = Merge(Rich, Translated(Read(Rich), (_, s) => s), Language.Fr);

        Inspect(merged, document =>
        {
            var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            Assert.Equal("fr-FR", defaults.Languages?.Val?.Value);
            Assert.Equal("fr-FR", document.PackageProperties.Language);
            var runs = document.MainDocumentPart.Document!.Body!.Descendants<Run>().Where(r => r.GetFirstChild<Text>() is not null);
            Assert.All(runs, run => Assert.Equal("fr-FR", run.RunProperties?.Languages?.Val?.Value));
            return 0;
        });
    }

    [Fact]
    public void Merge_InChinese_WritesTheEastAsianLanguageAndJoinsSentencesWithoutSpace()
    {
        var source = Read(Rich);
        var chinese = Translated(source, (i, s) => i == 2 ? "<1>部长</1>在卢森堡签署了<2>协议</2>。" : i == 3 ? "其预算增长了<3>百分之十</3>。" : s);

        var merged = Merge(Rich, chinese, Language.Zh);

        Inspect(merged, document =>
        {
            var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            Assert.Equal("zh-CN", defaults.Languages?.EastAsia?.Value);
            var paragraph = document.MainDocumentPart.Document!.Body!.Elements<Paragraph>().ElementAt(2);
            Assert.Equal("部长在卢森堡签署了协议。其预算增长了百分之十。", paragraph.InnerText);
            return 0;
        });
    }

    [Fact]
    public void Merge_RichDocumentInGerman_IsValidAndKeepsHeaderFooterFieldsImageNoteAndAnchors()
    {
        var merged = Merge(Rich, German(), Language.De);

        Assert.Empty(Errors(merged));
        Inspect(merged, document =>
        {
            var main = document.MainDocumentPart!;
            var body = main.Document!.Body!;
            Assert.Equal("Jahresbericht der Raumfahrtagentur", body.Elements<Paragraph>().First().InnerText);
            Assert.Equal("Raumfahrtagentur – Jahresbericht", main.HeaderParts.Single().Header!.InnerText);
            var footer = main.FooterParts.Single().Footer!;
            Assert.Equal(" PAGE ", footer.Descendants<FieldCode>().Single().Text);
            Assert.Equal(" NUMPAGES ", footer.Descendants<SimpleField>().Single().Instruction?.Value);
            Assert.Equal("Seite 1 von 1", footer.Descendants<Paragraph>().Single().Descendants<Text>().Aggregate("", (t, x) => t + x.Text));
            var blip = body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
            Assert.IsType<ImagePart>(main.GetPartById(blip.Embed!.Value!));
            Assert.Single(body.Descendants<FootnoteReference>());
            Assert.Equal(" Quelle: die Konten der Agentur.", main.FootnotesPart!.Footnotes!.Elements<Footnote>().Last().InnerText);
            Assert.Contains(body.Descendants<BookmarkStart>(), b => b.Name == "_Toc1");
            Assert.Equal("Vom Vorstand genehmigt.", body.Descendants<SdtBlock>().Single().InnerText);
            Assert.Single(body.Elements<Table>());
            Assert.Equal(2, body.Elements<Paragraph>().Count(p => p.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value == 1));
            return 0;
        });
    }

    [Fact]
    public void Merge_TagsSwappedByGermanWordOrder_FormattingStaysOnTheRightWords()
    {
        var merged = Merge(Rich, German(), Language.De);

        Inspect(merged, document =>
        {
            var paragraph = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ElementAt(2);
            Assert.Equal("Das Abkommen unterzeichnete der Minister in Luxemburg. Ihr Budget wuchs um zehn Prozent.", paragraph.InnerText);
            var runs = paragraph.Elements<Run>().ToList();
            Assert.Equal(["Minister"], runs.Where(r => r.RunProperties?.Bold is not null).Select(r => r.InnerText));
            Assert.Equal(["Abkommen"], runs.Where(r => r.RunProperties?.Italic is not null).Select(r => r.InnerText));
            Assert.Equal(["um zehn Prozent"], runs.Where(r => r.RunProperties?.Color?.Val?.Value == "C00000" && r.RunProperties.FontSize?.Val?.Value == "28").Select(r => r.InnerText));
            var link = document.MainDocumentPart.Document.Body.Descendants<Hyperlink>().Single();
            Assert.Equal("der Website der Agentur", link.InnerText);
            Assert.Equal(RichDocument.WebsiteUrl, document.MainDocumentPart.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString());
            var underlined = document.MainDocumentPart.Document.Body.Descendants<Run>().Where(r => r.RunProperties?.Underline is not null);
            Assert.Equal(["eine Mondmission"], underlined.Select(r => r.InnerText));
            return 0;
        });
    }

    [Theory]
    [InlineData("rich.docx")]
    [InlineData("press-release.docx")]
    public void Merge_WithTheSourcesOwnSegments_GivesTheSameText(string fixture)
    {
        var original = Bytes(fixture);

        var merged = Merge(original, Read(original), Language.En);

        Assert.Equal(Texts(original), Texts(merged));
    }

    [Fact]
    public void Merge_EmptyParagraph_StaysUntouched()
    {
        var merged = Merge(Rich, German(), Language.De);

        Assert.Equal(
            Inspect(Rich, d => d.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => !p.HasChildren).OuterXml),
            Inspect(merged, d => d.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => !p.HasChildren).OuterXml));
    }

    [Fact]
    public void Merge_UnknownTagsAreDroppedAndMissingTagsAbsent_TheTextStays()
    {
        var translated = Translated(Read(Rich), (i, s) => i == 2 ? "Der Minister <7>unterzeichnete</7> das <9/>Abkommen." : s);

        var merged = Merge(Rich, translated, Language.De);

        Inspect(merged, document =>
        {
            var paragraph = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ElementAt(2);
            Assert.StartsWith("Der Minister unterzeichnete das Abkommen. Its budget", paragraph.InnerText, StringComparison.Ordinal);
            Assert.DoesNotContain(paragraph.Elements<Run>(), r => r.RunProperties?.Bold is not null);
            return 0;
        });
    }

    [Fact]
    public void Merge_TranslationWithOtherBlockCount_IsRefusedNamingBothCounts()
    {
        var source = Read(Rich);
        var shorter = new SegmentedDocument([.. source.Blocks.Skip(1)]);

        var refusal = Assert.Throws<DocumentFormatException>(() => Merge(Rich, shorter, Language.De));

        Assert.Equal("The translation has 18 blocks, but the original document has 19", refusal.Message);
    }

    [Fact]
    public void Merge_TranslationWithOtherSegmentCount_IsRefusedNamingBothCounts()
    {
        var source = Read(Rich);
        var blocks = source.Blocks.ToList();
        blocks[2] = blocks[2] with { Segments = ["Ein Satz."] };

        var refusal = Assert.Throws<DocumentFormatException>(() => Merge(Rich, new SegmentedDocument(blocks), Language.De));

        Assert.Equal("Block 3 of the translation has 1 segments, but the original document's has 2", refusal.Message);
    }

    [Fact]
    public void Merge_FiftyPages_RereadGivesTheTranslation()
    {
        var original = LongDocument.Build(pages: 50);
        var translated = Translated(Read(original), (i, s) => $"Satz {i}: " + s);

        var merged = Merge(original, translated, Language.De);

        Assert.Equal(translated.Segments, Read(merged, Language.De).Segments);
    }

    private static SegmentedDocument FrenchPressRelease()
    {
        var french = SampleRelease.Document(Language.Fr);
        return Translated(french, (i, s) => i switch
        {
            2 => s.Replace("ministère de l'Économie", "<1>ministère de l'Économie</1>", StringComparison.Ordinal),
            4 => s.Replace("laboratoire de recherche sur l'exploration de l'espace lointain", "<1>laboratoire de recherche sur l'exploration de l'espace lointain</1>", StringComparison.Ordinal),
            7 => s.Replace("SpaceResources.lu", "<1>SpaceResources.lu</1>", StringComparison.Ordinal),
            13 => s.Replace("paul.zenners@eco.etat.lu", "<1>paul.zenners@eco.etat.lu</1>", StringComparison.Ordinal),
            _ => s,
        });
    }

    private static SegmentedDocument German() => new(
    [
        new(BlockKind.Title, ["Jahresbericht der Raumfahrtagentur"]),
        new(BlockKind.Heading, ["Missionen im Jahr 2018"]),
        new(BlockKind.Paragraph, ["Das <2>Abkommen</2> unterzeichnete der <1>Minister</1> in Luxemburg.", "Ihr Budget wuchs <3>um zehn Prozent</3>."]),
        new(BlockKind.Paragraph, ["Lesen Sie den Bericht auf <1>der Website der Agentur</1>.<2/>", "Kontakt:<3/>Pressestelle"]),
        new(BlockKind.ListItem, ["Den ersten Satelliten starten."]),
        new(BlockKind.ListItem, ["Ein Forschungslabor eröffnen."]),
        new(BlockKind.TableCell, ["Mission"]),
        new(BlockKind.TableCell, ["Jahr"]),
        new(BlockKind.TableCell, ["Umlaufbahn"]),
        new(BlockKind.TableCell, ["2018"]),
        new(BlockKind.Heading, ["Ausblick"]),
        new(BlockKind.Paragraph, ["Der nächste Schritt ist <1>eine Mondmission</1>."]),
        new(BlockKind.Paragraph, ["Ein Bild des Starts: <1/>"]),
        new(BlockKind.Paragraph, ["Die Mission war sehr erfolgreich."]),
        new(BlockKind.Paragraph, ["Die Zahlen sind vorläufig.<1/>"]),
        new(BlockKind.Paragraph, ["Vom Vorstand genehmigt."]),
        new(BlockKind.Paragraph, ["Raumfahrtagentur – Jahresbericht"]),
        new(BlockKind.Paragraph, ["Seite <1/> von <2/>"]),
        new(BlockKind.Paragraph, ["<1/> Quelle: die Konten der Agentur."]),
    ]);

    private static List<(string? Path, string Description)> Errors(byte[] content) =>
        Inspect(content, d => new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(d).Select(e => (e.Path?.XPath, e.Description)).ToList());

    /// <summary>The visible text of every paragraph of every part, tracked deletions excluded.</summary>
    private static List<string> Texts(byte[] content) => Inspect(content, d => d.MainDocumentPart!.GetPartsOfType<OpenXmlPart>()
        .Prepend(d.MainDocumentPart)
        .Where(p => p.RootElement is not null)
        .SelectMany(p => p.RootElement!.Descendants<Paragraph>())
        .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))
        .ToList());

    private sealed class BlockComparer : IEqualityComparer<SegmentedBlock>
    {
        public static readonly BlockComparer Instance = new();

        public bool Equals(SegmentedBlock? x, SegmentedBlock? y) => x!.Segments.SequenceEqual(y!.Segments);

        public int GetHashCode(SegmentedBlock obj) => obj.Segments.Count;
    }
}
