using Translate.Domain.Languages;
using Translate.Formats.Interchange;
using static Translate.Formats.Tests.Interchange.InterchangeSamples;

namespace Translate.Formats.Tests.Interchange;

public class TmxTests
{
    private static readonly DateTimeOffset Approved = new(2018, 1, 16, 9, 30, 5, TimeSpan.Zero);

    private static List<TranslationMemoryEntry> Memory(Language target) =>
    [
        .. Document(target).Units.Where(u => u.Target is not null).Select(u => new TranslationMemoryEntry(Language.En, u.Source, target, u.Target!)
        {
            CreatedAt = Approved,
            Author = "anna@translate.lu",
        }),
        new TranslationMemoryEntry(Language.En, InlineText.Plain("No date"), target, InlineText.Plain("Sans date")),
    ];

    [Theory]
    [MemberData(nameof(TargetLanguages), MemberType = typeof(InterchangeSamples))]
    public void Write_SampleMemory_ReadsBackEntryForEntry(Language target)
    {
        var memory = Memory(target);

        var read = TmxReader.Read(Written(s => TmxWriter.Write(memory, s)), ReaderLimits.Default);

        Assert.Equal(memory, read);
    }

    [Fact]
    public void Write_Memory_IsTmx14WithTheHeaderAndDatesOtherToolsRead()
    {
        var xml = Text(Written(s => TmxWriter.Write(Memory(Language.Zh), s)));

        Assert.Contains(
            "<tmx version=\"1.4\">\n  <header creationtool=\"Translate\" creationtoolversion=\"1.0\" datatype=\"plaintext\" segtype=\"sentence\" "
            + "adminlang=\"en\" srclang=\"en\" o-tmf=\"Translate\" />",
            xml, StringComparison.Ordinal);
        Assert.Contains("<tu creationdate=\"20180116T093005Z\" creationid=\"anna@translate.lu\">\n      <tuv xml:lang=\"en\">", xml, StringComparison.Ordinal);
        Assert.Contains("<tuv xml:lang=\"zh-Hans\">\n        <seg>卢森堡与中国", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InlineCodes_AreBptEptAndPhHoldingTheirHtml()
    {
        var xml = Text(Written(s => TmxWriter.Write([new TranslationMemoryEntry(Language.En, Tagged.Source, Language.Fr, Tagged.Target!)], s)));

        Assert.Contains(
            "<seg>Read &lt;the&gt; \"MoU\" &amp; 'annex': <bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>bold <bpt i=\"2\" x=\"2\" type=\"italic\">&lt;i&gt;</bpt>both"
            + "<ept i=\"2\">&lt;/i&gt;</ept><ept i=\"1\">&lt;/b&gt;</ept><ph x=\"3\" type=\"lb\">&lt;br/&gt;</ph>"
            + "<bpt i=\"3\" x=\"4\" type=\"link\">&lt;a href=\"https://space-agency.public.lu/?a=1&amp;amp;b=&amp;quot;2&amp;quot;\"&gt;</bpt>SpaceResources.lu<ept i=\"3\">&lt;/a&gt;</ept>",
            xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EntriesFromSeveralSourceLanguages_NamesEachUnitsSource()
    {
        TranslationMemoryEntry[] memory =
        [
            new(Language.En, InlineText.Plain("Hello"), Language.Fr, InlineText.Plain("Bonjour")),
            new(Language.De, InlineText.Plain("Hallo"), Language.Lb, InlineText.Plain("Moien")),
        ];

        var written = Written(s => TmxWriter.Write(memory, s));

        Assert.Contains("srclang=\"*all*\"", Text(written), StringComparison.Ordinal);
        Assert.Equal(memory, TmxReader.Read(written, ReaderLimits.Default));
    }

    [Fact]
    public void Read_OtherToolsMemory_GivesAnEntryPerKnownTargetLanguageWithCodesDatesAndAuthors()
    {
        var read = TmxReader.Read(Fixture("other-tool.tmx"), ReaderLimits.Default, Language.En);

        Assert.Equal(
        [
            (Language.Fr, "Le {1:Bold}ministère{/1} a signé aujourd'hui.{2:LineBreak/}", "TRADOS\\marie", new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.Zero)),
            (Language.Zh, "{7:Link}经济部{/7}今天签署。{2:LineBreak/}", "tu-author", new DateTimeOffset(2024, 3, 1, 10, 15, 0, TimeSpan.Zero)),
            (Language.De, "Kontakt", null, null),
        ], read.Select(e => (e.TargetLanguage, e.Target.ToString(), e.Author, e.CreatedAt)));
        Assert.Equal("The {1:Bold}Ministry{/1} signed today.{2:LineBreak/}", read[0].Source.ToString());
        Assert.Equal("https://eco.gouvernement.lu", read[1].Target.Parts.OfType<OpeningCode>().Single().Href);
        Assert.All(read, e => Assert.Equal(Language.En, e.SourceLanguage));
    }
}
