using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Formats.Interchange;
using static Translate.Formats.Tests.Interchange.InterchangeSamples;

namespace Translate.Formats.Tests.Interchange;

public class Xliff12Tests
{
    [Theory]
    [MemberData(nameof(TargetLanguages), MemberType = typeof(InterchangeSamples))]
    public void Write_SampleRelease_ReadsBackUnitForUnit(Language target)
    {
        var document = Document(target);

        var read = Xliff12Reader.Read(Written(s => Xliff12Writer.Write(document, s)), ReaderLimits.Default);

        Assert.Equal((Language.En, target, "press-release-2018-01-16", document.ReleaseId, 2),
            (read.SourceLanguage, read.TargetLanguage, read.Original, read.ReleaseId, read.Version));
        Assert.Equal(document.Units.Select(Shape), read.Units.Select(Shape));
    }

    [Fact]
    public void Write_Document_IsXliff12WithFileLanguagesAndTransUnits()
    {
        var xml = Text(Written(s => Xliff12Writer.Write(Document(Language.Zh), s)));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"", xml, StringComparison.Ordinal);
        Assert.Contains(
            "<file original=\"press-release-2018-01-16\" source-language=\"en\" target-language=\"zh-Hans\" datatype=\"plaintext\"",
            xml, StringComparison.Ordinal);
        Assert.Contains("<trans-unit id=\"s1\" xml:space=\"preserve\" translate:segment=\"1\" translate:block=\"b1\" translate:block-kind=\"Title\">", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InlineCodes_AreGAndXWithCtypes()
    {
        var document = new BilingualDocument(Language.En, Language.Fr, "r", [Tagged]);

        var xml = Text(Written(s => Xliff12Writer.Write(document, s)));

        Assert.Contains(
            "<source>Read &lt;the&gt; \"MoU\" &amp; 'annex': <g id=\"1\" ctype=\"bold\">bold <g id=\"2\" ctype=\"italic\">both</g></g><x id=\"3\" ctype=\"lb\" />"
            + "<g id=\"4\" ctype=\"link\" translate:href=\"https://space-agency.public.lu/?a=1&amp;b=&quot;2&quot;\">SpaceResources.lu</g>"
            + "<g id=\"5\" ctype=\"underlined\">under</g></source>",
            xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TranslationState.Draft, "<target state=\"new\" translate:state=\"draft\">")]
    [InlineData(TranslationState.Translated, "<target state=\"translated\">")]
    [InlineData(TranslationState.NeedsUpdate, "<target state=\"needs-review-translation\" translate:state=\"needs-update\">")]
    [InlineData(TranslationState.Rejected, "<target state=\"needs-review-translation\" translate:state=\"rejected\">")]
    [InlineData(TranslationState.Approved, "<target state=\"signed-off\">")]
    public void Write_State_IsAnXliffStateWithTranslatesOwnWhereXliffIsAmbiguous(TranslationState state, string expected)
    {
        var document = new BilingualDocument(Language.En, Language.Lb, "r", [new BilingualUnit("1", InlineText.Plain("Hello"), InlineText.Plain("Moien"), state)]);

        Assert.Contains(expected, Text(Written(s => Xliff12Writer.Write(document, s))), StringComparison.Ordinal);
        Assert.Equal(state, Xliff12Reader.Read(Written(s => Xliff12Writer.Write(document, s)), ReaderLimits.Default).Units.Single().State);
    }

    [Fact]
    public void Read_TradosAndMemoQStyleFile_ReadsCodesMarkersAndStatesAndIgnoresOtherNamespaces()
    {
        var read = Xliff12Reader.Read(Fixture("trados-memoq.xlf"), ReaderLimits.Default, Language.En, Language.De);

        Assert.Equal((Language.En, Language.De, @"C:\Projects\release.docx"), (read.SourceLanguage, read.TargetLanguage, read.Original));
        Assert.Equal(["a1b2", "a1b3", "a1b4", "a1b5"], read.Units.Select(u => u.Id));
        Assert.Equal(
        [
            "Das {1:Bold}Ministerium{/1} hat unterzeichnet.",
            "Text mit {5:Italic}nativen{/5} Codes{6:LineBreak/}Ende.",
            "Anfang {r1:Underline}unter{/r1} und {9:Other/}.",
            "",
        ], read.Units.Select(u => u.Target!.ToString()));
        Assert.Equal("The {1:Bold}Ministry{/1} signed.", read.Units[0].Source.ToString());
        Assert.Equal([TranslationState.Translated, TranslationState.Approved, TranslationState.Translated, TranslationState.Empty],
            read.Units.Select(u => u.State));
        Assert.Equal(["Check the verb."], read.Units[0].Notes);
    }

    [Fact]
    public void Read_Xliff2WrittenByTranslate_IsNotReadAsXliff12()
    {
        var xliff2 = Written(s => Xliff2Writer.Write(Document(Language.Fr), s));

        var refusal = Assert.Throws<InterchangeFormatException>(() => Xliff12Reader.Read(xliff2, ReaderLimits.Default));

        Assert.Equal("This is an XLIFF 2 file, not XLIFF 1.2; read it as XLIFF 2 (line 2).", refusal.Message);
    }
}
