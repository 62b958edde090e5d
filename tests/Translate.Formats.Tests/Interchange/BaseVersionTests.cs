using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Formats.Interchange;
using static Translate.Formats.Tests.Interchange.InterchangeSamples;

namespace Translate.Formats.Tests.Interchange;

/// <summary>The version each translation had when the file was written travels with its unit, in both XLIFF versions.</summary>
public class BaseVersionTests
{
    private static readonly BilingualDocument Document = new(Language.En, Language.De, "r",
    [
        new BilingualUnit("a", InlineText.Plain("One."), InlineText.Plain("Eins."), TranslationState.Translated) { BaseVersion = 7 },
        new BilingualUnit("b", InlineText.Plain("Two."), null, TranslationState.Empty) { BaseVersion = 0 },
        new BilingualUnit("c", InlineText.Plain("Three."), null, TranslationState.Empty),
    ]);

    [Fact]
    public void Xliff2_BaseVersion_IsUnitMetadataAndReadsBack()
    {
        var written = Written(s => Xliff2Writer.Write(Document, s));

        Assert.Contains("<mda:meta type=\"base-version\">7</mda:meta>", Text(written), StringComparison.Ordinal);
        Assert.Equal(new int?[] { 7, 0, null }, Xliff2Reader.Read(written, ReaderLimits.Default).Units.Select(u => u.BaseVersion));
    }

    [Fact]
    public void Xliff12_BaseVersion_IsTranslatesOwnAttributeAndReadsBack()
    {
        var written = Written(s => Xliff12Writer.Write(Document, s));

        Assert.Contains("translate:base-version=\"7\"", Text(written), StringComparison.Ordinal);
        Assert.Equal(new int?[] { 7, 0, null }, Xliff12Reader.Read(written, ReaderLimits.Default).Units.Select(u => u.BaseVersion));
    }

    [Fact]
    public void Xliff2_BaseVersionThatIsNotANumber_IsRefusedNamingTheUnit()
    {
        var xml = Text(Written(s => Xliff2Writer.Write(Document, s))).Replace(">7</mda:meta>", ">seven</mda:meta>", StringComparison.Ordinal);

        var refusal = Assert.Throws<InterchangeFormatException>(() =>
            Xliff2Reader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)), ReaderLimits.Default));

        Assert.Equal("a", refusal.UnitId);
        Assert.Contains("'seven'", refusal.Message, StringComparison.Ordinal);
    }
}
