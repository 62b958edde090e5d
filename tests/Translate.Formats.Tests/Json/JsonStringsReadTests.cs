using System.Text;
using System.Text.Json;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;
using Translate.Formats.Json;
using Translate.Testing;

namespace Translate.Formats.Tests.Json;

public class JsonStringsReadTests
{
    private static SegmentedDocument Read(string json, Language language = Language.En) =>
        JsonStringsDocument.Read(Encoding.UTF8.GetBytes(json), language, ReaderLimits.Default);

    [Fact]
    public void Read_EachValue_IsOneParagraphBlockInTheOrderOfTheKeys()
    {
        var document = Read("""{ "b.first": "Releases", "a.second": "Sign in" }""");

        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
        Assert.Equal(["Releases", "Sign in"], document.Segments);
    }

    [Fact]
    public void Read_Placeholders_AreStandaloneTagsNumberedPerValueInOrder()
    {
        var document = Read("""{ "a": "{1} of {0:N0} files, {0,5}.", "b": "due in {0}" }""");

        Assert.Equal(["<1/> of <2/> files, <3/>.", "due in <1/>"], document.Segments);
    }

    [Fact]
    public void Read_DoubledBraces_AreLiteralBracesNotPlaceholders() =>
        Assert.Equal(["Write {braces} around <1/>."], Read("""{ "a": "Write {{braces}} around {0}." }""").Segments);

    [Fact]
    public void Read_ALongValue_IsSegmentedIntoItsSentences() =>
        Assert.Equal(["The file is refused.", "Upload it again."], Read("""{ "a": "The file is refused. Upload it again." }""").Segments);

    [Fact]
    public void Read_LineBreaksAndTextShapedLikeTags_AreTagsSoTheyComeBackAsTheyWere() =>
        Assert.Equal(["First line<1/>second <2/> line."], Read("""{ "a": "First line\nsecond <1/> line." }""").Segments);

    [Fact]
    public void Read_AValueOfOnlyAPlaceholder_IsABlockWithNothingToTranslate() =>
        Assert.Empty(Read("""{ "a": "{0}" }""").Blocks.Single().Segments);

    [Fact]
    public void Read_ByteOrderMark_IsSkipped() =>
        Assert.Equal(["Releases"], JsonStringsDocument.Read([0xEF, 0xBB, 0xBF, .. "{\"a\":\"Releases\"}"u8], Language.En, ReaderLimits.Default).Segments);

    [Fact]
    public void Read_TheAppsEnglishLocale_IsOneBlockPerKey()
    {
        var bytes = Repository.Locale("en");
        var keys = JsonSerializer.Deserialize<Dictionary<string, string>>(bytes)!;

        var document = JsonStringsDocument.Read(bytes, Language.En, ReaderLimits.Default);

        Assert.Equal(keys.Count, document.Blocks.Count);
        Assert.Equal("Skip to content", document.Blocks[0].Segments.Single());
    }
}
