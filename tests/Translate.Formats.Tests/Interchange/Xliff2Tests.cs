using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Formats.Interchange;
using static Translate.Formats.Tests.Interchange.InterchangeSamples;

namespace Translate.Formats.Tests.Interchange;

public class Xliff2Tests
{
    [Theory]
    [MemberData(nameof(TargetLanguages), MemberType = typeof(InterchangeSamples))]
    public void Write_SampleRelease_ReadsBackUnitForUnit(Language target)
    {
        var document = Document(target);

        var read = Xliff2Reader.Read(Written(s => Xliff2Writer.Write(document, s)), ReaderLimits.Default);

        Assert.Equal((Language.En, target, "press-release-2018-01-16", document.ReleaseId, 2),
            (read.SourceLanguage, read.TargetLanguage, read.Original, read.ReleaseId, read.Version));
        Assert.Equal(document.Units.Select(Shape), read.Units.Select(Shape));
    }

    [Fact]
    public void Write_Document_IsXliff21WithBcp47TagsAndOneSegmentPerUnit()
    {
        var xml = Text(Written(s => Xliff2Writer.Write(Document(Language.Zh), s)));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"", xml, StringComparison.Ordinal);
        Assert.Contains("version=\"2.1\" srcLang=\"en\" trgLang=\"zh-Hans\">", xml, StringComparison.Ordinal);
        Assert.Contains("<file id=\"f1\" original=\"press-release-2018-01-16\">", xml, StringComparison.Ordinal);
        Assert.Contains("<unit id=\"s1\">", xml, StringComparison.Ordinal);
        Assert.Contains("<target>卢森堡与中国在和平探索和利用外层空间（包括空间资源利用）方面开展合作</target>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InlineCodes_ArePcAndPhWithXliffSubTypesAndTheLinkInOriginalData()
    {
        var document = new BilingualDocument(Language.En, Language.Fr, "r", [Tagged]);

        var xml = Text(Written(s => Xliff2Writer.Write(document, s)));

        Assert.Contains(
            "<source>Read &lt;the&gt; \"MoU\" &amp; 'annex': <pc id=\"1\" type=\"fmt\" subType=\"xlf:b\">bold <pc id=\"2\" type=\"fmt\" subType=\"xlf:i\">both</pc></pc>"
            + "<ph id=\"3\" type=\"fmt\" subType=\"xlf:lb\" /><pc id=\"4\" type=\"link\" dataRefStart=\"d1\" dataRefEnd=\"d0\">SpaceResources.lu</pc>"
            + "<pc id=\"5\" type=\"fmt\" subType=\"xlf:u\">under</pc></source>",
            xml, StringComparison.Ordinal);
        Assert.Contains("<data id=\"d1\">&lt;a href=\"https://space-agency.public.lu/?a=1&amp;amp;b=&amp;quot;2&amp;quot;\"&gt;</data>", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TranslationState.Empty, "state=\"initial\">")]
    [InlineData(TranslationState.Draft, "state=\"initial\" subState=\"translate:draft\">")]
    [InlineData(TranslationState.NeedsUpdate, "state=\"initial\" subState=\"translate:needs-update\">")]
    [InlineData(TranslationState.Rejected, "state=\"initial\" subState=\"translate:rejected\">")]
    [InlineData(TranslationState.Translated, "state=\"translated\">")]
    [InlineData(TranslationState.Approved, "state=\"final\">")]
    public void Write_State_IsAnXliffStateWithTranslatesOwnSubStateWhereXliffHasNone(TranslationState state, string expected)
    {
        var document = new BilingualDocument(Language.En, Language.De, "r", [new BilingualUnit("1", InlineText.Plain("Hello"), InlineText.Plain("Hallo"), state)]);

        var xml = Text(Written(s => Xliff2Writer.Write(document, s)));

        Assert.Contains("<segment " + expected, xml, StringComparison.Ordinal);
        Assert.Equal(state == TranslationState.Empty ? TranslationState.Draft : state,
            Xliff2Reader.Read(Written(s => Xliff2Writer.Write(document, s)), ReaderLimits.Default).Units.Single().State);
    }

    [Fact]
    public void Read_OkapiStyleFile_ReadsSegmentsMarkersAndCodesAndIgnoresOtherNamespaces()
    {
        var read = Xliff2Reader.Read(Fixture("okapi.xlf"), ReaderLimits.Default, Language.En, Language.Fr);

        Assert.Equal((Language.En, Language.Fr, "release.html"), (read.SourceLanguage, read.TargetLanguage, read.Original));
        Assert.Equal(["tu1/s1", "tu1/s2", "tu2", "tu3"], read.Units.Select(u => u.Id));
        Assert.Equal(["Luxembourg signs a MoU.", "  It is the first.", "Press office\n", "Contact: press@eco.etat.lu"],
            read.Units.Select(u => u.Source.ToPlainString()));
        Assert.Equal([TranslationState.Translated, TranslationState.Draft, TranslationState.Approved, TranslationState.Empty],
            read.Units.Select(u => u.State));
        Assert.Equal("Le Luxembourg signe un {1:Bold}MoU{/1}.", read.Units[0].Target!.ToString());
        Assert.Equal("{2:Link}Service de presse{/2}{3:LineBreak/}", read.Units[2].Target!.ToString());
        Assert.Equal("https://gouvernement.lu", read.Units[2].Target!.Parts.OfType<OpeningCode>().Single().Href);
        Assert.Equal(["Keep the acronym."], read.Units[0].Notes);
        Assert.Null(read.Units[3].Target);
    }

    [Fact]
    public void Read_UnitsWithoutTranslateMetadata_HaveNoSegmentNumberOrBlock()
    {
        var read = Xliff2Reader.Read(Fixture("okapi.xlf"), ReaderLimits.Default);

        Assert.All(read.Units, u => Assert.Equal((null, null, null), (u.SegmentNumber, u.BlockId, u.BlockKind)));
    }

    [Fact]
    public void Read_TranslateMetadata_GivesSegmentNumberAndBlock()
    {
        var read = Xliff2Reader.Read(Written(s => Xliff2Writer.Write(Document(Language.Fr), s)), ReaderLimits.Default);

        Assert.Equal((3, "b3", BlockKind.Paragraph), (read.Units[2].SegmentNumber, read.Units[2].BlockId, read.Units[2].BlockKind));
    }
}
