using System.Text;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Formats.Glossaries;
using static Translate.Formats.Tests.Glossaries.GlossaryFiles;

namespace Translate.Formats.Tests.Glossaries;

public class GlossaryCsvTests
{
    [Fact]
    public void Read_SemicolonCsvWithBomAsExcelSavesIt_ReadsEveryRow()
    {
        using var stream = Fixture("excel-semicolon-bom.csv");

        var entries = GlossaryCsvReader.Read(stream).Entries;

        Assert.Equal(
            [
                "en:Ministry of the Economy fr:ministère de l’Économie!ministère de l’Economie|Ministère de l’Economie de:Wirtschaftsministerium note=The ministry; not \"a department\"",
                "en:Luxembourg fr:Luxembourg!Grand-Duché du Luxembourg de:Luxemburg note=",
                "en:SpaceResources.lu note= dnt",
            ],
            entries.Select(e => string.Join(" ", e.Terms.Select(t => $"{t.Language.Code()}:{t.Text}" + (t.ForbiddenVariants.Count > 0 ? "!" + string.Join("|", t.ForbiddenVariants) : "")))
                + $" note={e.Note}" + (e.DoNotTranslate ? " dnt" : "")));
    }

    [Fact]
    public void Read_CommaCsvWithoutBomInAnyColumnOrder_MapsRegionalCodes()
    {
        var csv = "zh-CN,en-GB,lb-LU,fr case-sensitive,fr\r\n卢森堡,Luxembourg,Lëtzebuerg,yes,Luxembourg\r\n";

        var entry = Assert.Single(Read(csv).Entries);

        Assert.Equal([(Language.En, "Luxembourg"), (Language.Fr, "Luxembourg"), (Language.Lb, "Lëtzebuerg"), (Language.Zh, "卢森堡")],
            entry.Terms.Select(t => (t.Language, t.Text)));
        Assert.True(entry.TermIn(Language.Fr)!.CaseSensitive);
    }

    [Fact]
    public void Read_AColumnOfAnotherLanguage_IsSkippedAndCounted()
    {
        var import = Read("en,fr,es,es forbidden\nLuxembourg,Luxembourg,Luxemburgo,\nChina,Chine,China,\n");

        Assert.Equal((2, 2), (import.Entries.Count, import.SkippedTerms));
        Assert.Equal(["es"], import.SkippedLanguages);
    }

    [Fact]
    public void Write_ThenRead_GivesEveryFieldBack()
    {
        using var stream = new MemoryStream();

        GlossaryCsvWriter.Write(stream, Everything);
        stream.Position = 0;

        Assert.Equal(Describe(Everything), Describe(GlossaryCsvReader.Read(stream).Entries));
    }

    [Fact]
    public void Write_IsCommaSeparatedUtf8WithBom_TermsFirst()
    {
        using var stream = new MemoryStream();

        GlossaryCsvWriter.Write(stream, Everything.Take(1));

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("en,fr,de,lb,zh,note,subject,do-not-translate,en forbidden,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Ministry of the Economy,ministère de l’Économie,Wirtschaftsministerium,Wirtschaftsministère,经济部,\"The ministry", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ACellThatLooksLikeAFormula_IsEscapedForExcelAndReadBackAsItWas()
    {
        using var stream = new MemoryStream();

        GlossaryCsvWriter.Write(stream, Everything.Skip(2));

        Assert.Contains(",\"'=indicatif +352\",", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
        stream.Position = 0;
        Assert.Equal("=indicatif +352", GlossaryCsvReader.Read(stream).Entries[0].TermIn(Language.Fr)!.Text);
    }

    [Fact]
    public void ReadTheExcelFile_WriteIt_ReadItAgain_GivesTheSameEntries()
    {
        using var file = Fixture("excel-semicolon-bom.csv");
        var read = GlossaryCsvReader.Read(file).Entries;
        using var written = new MemoryStream();

        GlossaryCsvWriter.Write(written, read);
        written.Position = 0;

        Assert.Equal(Describe(read), Describe(GlossaryCsvReader.Read(written).Entries));
    }

    [Fact]
    public void Read_ATbxWrittenAsCsv_GivesTheSameEntries()
    {
        using var tbx = Fixture("sample.tbx");
        var entries = TbxReader.Read(tbx).Entries;
        using var csv = new MemoryStream();

        GlossaryCsvWriter.Write(csv, entries);
        csv.Position = 0;

        Assert.Equal(Describe(entries), Describe(GlossaryCsvReader.Read(csv).Entries));
    }

    private static GlossaryImport Read(string csv) => GlossaryCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
}
