using System.Text;
using System.Text.Json;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;
using Translate.Formats.Json;
using Translate.Testing;

namespace Translate.Formats.Tests.Json;

public class JsonStringsMergeTests
{
    private static string Merge(string original, params string[][] translatedBlocks) =>
        Encoding.UTF8.GetString(JsonStringsDocument.Merge(Encoding.UTF8.GetBytes(original), Language.En,
            new SegmentedDocument([.. translatedBlocks.Select(s => new SegmentedBlock(BlockKind.Paragraph, s))]), Language.Fr, ReaderLimits.Default));

    [Fact]
    public void Merge_TheEnglishLocaleWithItsOwnSegments_ReproducesItByteForByte()
    {
        var english = Repository.Locale("en");
        var document = JsonStringsDocument.Read(english, Language.En, ReaderLimits.Default);

        var merged = JsonStringsDocument.Merge(english, Language.En, document, Language.En, ReaderLimits.Default);

        Assert.Equal(english, merged);
    }

    [Fact]
    public void Merge_ViaSourceFiles_TheEnglishLocaleUntouched_ReproducesIt()
    {
        var english = Repository.Locale("en");
        var document = SourceFiles.Read(english, SourceFormat.Json, Language.En, ReaderLimits.Default);

        Assert.Equal(english, SourceFiles.Merge(english, SourceFormat.Json, Language.En, document, Language.En, ReaderLimits.Default));
    }

    [Fact]
    public void Merge_AFrenchTranslation_PutsEachPlaceholderBackWhereTheTranslatorMovedIt()
    {
        var merged = Merge("""{ "files": "{0} of {1:N0} files.", "due": "due in {0,5}" }""",
            ["<2/> fichiers, dont <1/>."], ["échéance dans <1/>"]);

        Assert.Equal("{\n  \"files\": \"{1:N0} fichiers, dont {0}.\",\n  \"due\": \"échéance dans {0,5}\"\n}\n", merged);
    }

    [Fact]
    public void Merge_TheSentencesOfAValue_AreJoinedAsTheLanguageWritesThem()
    {
        var chinese = JsonStringsDocument.Merge("""{"a":"The file is refused. Upload it again."}"""u8.ToArray(), Language.En,
            new SegmentedDocument([new SegmentedBlock(BlockKind.Paragraph, ["文件被拒绝。", "请重新上传。"])]), Language.Zh, ReaderLimits.Default);

        Assert.Equal("{\n  \"a\": \"文件被拒绝。请重新上传。\"\n}\n", Encoding.UTF8.GetString(chinese));
        Assert.Equal("{\n  \"a\": \"Le fichier est refusé. Envoyez-le à nouveau.\"\n}\n",
            Merge("""{"a":"The file is refused. Upload it again."}""", ["Le fichier est refusé.", "Envoyez-le à nouveau."]));
    }

    [Fact]
    public void Merge_BracesTypedByTheTranslator_AreWrittenDoubledSoTheyStayLiteral() =>
        Assert.Equal("{\n  \"a\": \"Écrivez {{0}} pour {0}\"\n}\n", Merge("""{"a":"Write {{0}} for {0}"}""", ["Écrivez {0} pour <1/>"]));

    [Fact]
    public void Merge_UnknownAndPairedTags_AreDroppedAndTheirWordsKept() =>
        Assert.Equal("{\n  \"a\": \"dans {0} jours\"\n}\n", Merge("""{"a":"in {0} days"}""", ["<2>dans</2> <1/> jours<7/>"]));

    [Fact]
    public void Merge_LineBreaksAndTagShapedText_ComeBackAsInTheOriginal() =>
        Assert.Equal("{\n  \"a\": \"Première ligne\\nseconde <1/> ligne.\"\n}\n",
            Merge("""{"a":"First line\nsecond <1/> line."}""", ["Première ligne<1/>seconde <2/> ligne."]));

    [Fact]
    public void Merge_NonAsciiIsWrittenAsItselfAndOnlyWhatJsonRequiresIsEscaped()
    {
        var merged = Merge("""{"a":"Note: {0}"}""", ["Remarque\u202F: <1/> « \"Lëtzebuerg\" » 卢森堡 😀 <b>&amp; \\ \t"]);

        Assert.Equal("{\n  \"a\": \"Remarque\u202F: {0} « \\\"Lëtzebuerg\\\" » 卢森堡 😀 <b>&amp; \\\\ \\t\"\n}\n", merged);
        Assert.Equal("Remarque\u202F: {0} « \"Lëtzebuerg\" » 卢森堡 😀 <b>&amp; \\ \t",
            JsonSerializer.Deserialize<Dictionary<string, string>>(merged)!["a"]);
    }

    [Fact]
    public void Merge_AValueTranslatedAsItsSource_KeepsTheOriginalTextWithItsEscapes() =>
        Assert.Equal("{\n  \"name\": \"Tr\\u0061nslate\",\n  \"b\": \"Sortie\"\n}\n",
            Merge("""{"name":"Tr\u0061nslate","b":"Exit"}""", ["Translate"], ["Sortie"]));

    [Fact]
    public void Merge_IsUtf8WithoutByteOrderMarkInTheLocalesStyle()
    {
        var merged = JsonStringsDocument.Merge([0xEF, 0xBB, 0xBF, .. """{"a":"Exit","b":"Back"}"""u8], Language.En,
            new SegmentedDocument([new SegmentedBlock(BlockKind.Paragraph, ["Sortie"]), new SegmentedBlock(BlockKind.Paragraph, ["Retour"])]),
            Language.Fr, ReaderLimits.Default);

        Assert.Equal("{\n  \"a\": \"Sortie\",\n  \"b\": \"Retour\"\n}\n"u8.ToArray(), merged);
    }

    [Fact]
    public void Merge_ATranslationWithOtherBlocks_IsRefusedNamingBothCounts() =>
        Assert.Equal("The translation has 1 blocks but the original JSON has 2.",
            Assert.Throws<DocumentFormatException>(() => Merge("""{"a":"Exit","b":"Back"}""", ["Sortie"])).Message);

    [Fact]
    public void Merge_AValueWithOtherSegments_IsRefusedNamingItsKey() =>
        Assert.Equal("The value of \"a\" (block 1) has 2 segments in the translation but 1 in the original JSON.",
            Assert.Throws<DocumentFormatException>(() => Merge("""{"a":"Exit"}""", ["Sortie.", "Encore."])).Message);

    [Fact]
    public void Merge_AnEmptyObject_StaysAnEmptyObject() =>
        Assert.Equal("{}\n", Merge("{ }"));
}
