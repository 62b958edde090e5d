using System.Text;
using System.Xml.Linq;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Formats.Glossaries;
using static Translate.Formats.Tests.Glossaries.GlossaryFiles;

namespace Translate.Formats.Tests.Glossaries;

public class TbxTests
{
    private static readonly XNamespace Tbx = "urn:iso:std:iso:30042:ed-2";

    [Fact]
    public void Read_Tbx3_TakesThePreferredTermsAndTheDeprecatedOnesAsForbidden()
    {
        using var stream = Fixture("sample.tbx");

        var entries = TbxReader.Read(stream).Entries;

        var ministry = entries[0];
        Assert.Equal(["Ministry of the Economy", "ministère de l’Économie", "Wirtschaftsministerium", "Wirtschaftsministère", "经济部"], ministry.Terms.Select(t => t.Text));
        Assert.Equal([Language.En, Language.Fr, Language.De, Language.Lb, Language.Zh], ministry.Terms.Select(t => t.Language));
        Assert.Equal(["ministère de l’Economie"], ministry.Terms[1].ForbiddenVariants);
        Assert.Equal(["Ministerium für Wirtschaft"], ministry.Terms[2].ForbiddenVariants);
        Assert.Equal(("institutions", "The ministry that issues the press release."), (ministry.Subject, ministry.Note));
        Assert.Equal("Minuscule à « ministère » dans le texte courant.", ministry.Terms[1].Note);
    }

    [Fact]
    public void Read_Tbx3_KeepsTranslatesNotesForCaseAndDoNotTranslateOutOfTheNotes()
    {
        using var stream = Fixture("sample.tbx");

        var name = TbxReader.Read(stream).Entries[1];

        Assert.True(name.DoNotTranslate);
        Assert.True(name.Terms[0].CaseSensitive);
        Assert.Equal(("The government's space resources initiative; a name, never translated.", null), (name.Note, name.Terms[0].Note));
    }

    [Fact]
    public void Read_Tbx3_SkipsOtherLanguagesAndCountsTheirTerms()
    {
        using var stream = Fixture("sample.tbx");

        var import = TbxReader.Read(stream);

        Assert.Equal(2, import.SkippedTerms);
        Assert.Equal(["es", "zh-TW"], import.SkippedLanguages);
        Assert.Equal(["卢森堡大公国"], import.Entries[2].TermIn(Language.Zh)!.ForbiddenVariants);
    }

    [Fact]
    public void Read_TheSameFileTwice_GivesTheSameEntryIds()
    {
        using var first = Fixture("sample.tbx");
        using var second = Fixture("sample.tbx");

        Assert.Equal(TbxReader.Read(first).Entries.Select(e => e.Id), TbxReader.Read(second).Entries.Select(e => e.Id));
    }

    [Fact]
    public void Read_Tbx2AsMemoQExportsIt_ReadsTigAndNtigTermsAndLowerCaseRegions()
    {
        using var stream = Fixture("memoq-export-v2.tbx");

        var import = TbxReader.Read(stream);

        Assert.Equal(
            [
                "Space Luxembourg's national space agency, founded in 2018. en:Luxembourg Space Agency fr:Agence spatiale luxembourgeoise!Agence spatiale du Luxembourg de:Luxemburgische Weltraumagentur",
                "  en:Deputy Prime Minister zh:副首相",
            ],
            import.Entries.Select(e => $"{e.Subject} {e.Note} " + string.Join(" ", e.Terms.Select(t =>
                $"{t.Language.Code()}:{t.Text}" + (t.ForbiddenVariants.Count > 0 ? "!" + string.Join("|", t.ForbiddenVariants) : "")))));
        Assert.Equal(1, import.SkippedTerms);
        Assert.Equal(["it-it"], import.SkippedLanguages);
    }

    [Fact]
    public void Write_ThenRead_GivesEveryFieldBack()
    {
        using var stream = new MemoryStream();

        TbxWriter.Write(stream, Everything);
        stream.Position = 0;

        Assert.Equal(Describe(Everything), Describe(TbxReader.Read(stream).Entries));
    }

    [Fact]
    public void ReadAFile_WriteIt_ReadItAgain_GivesTheSameEntries()
    {
        using var file = Fixture("sample.tbx");
        var read = TbxReader.Read(file).Entries;
        using var written = new MemoryStream();

        TbxWriter.Write(written, read);
        written.Position = 0;

        Assert.Equal(Describe(read), Describe(TbxReader.Read(written).Entries));
    }

    [Fact]
    public void Write_IsTbxBasicInTheDcaStyle_WithADeprecatedTermPerForbiddenVariant()
    {
        using var stream = new MemoryStream();

        TbxWriter.Write(stream, Everything);

        var root = XDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).Root!;
        Assert.Equal((Tbx + "tbx", "TBX-Basic", "dca", "en"),
            (root.Name, (string?)root.Attribute("type"), (string?)root.Attribute("style"), (string?)root.Attribute(XNamespace.Xml + "lang")));
        var french = root.Descendants(Tbx + "langSec").First(l => (string?)l.Attribute(XNamespace.Xml + "lang") == "fr");
        Assert.Equal(
            [
                ("ministère de l’Économie", "preferredTerm-admn-sts"),
                ("ministère de l’Economie", "deprecatedTerm-admn-sts"),
                ("Ministère de l'Economie", "deprecatedTerm-admn-sts"),
            ],
            french.Elements(Tbx + "termSec").Select(t => (t.Element(Tbx + "term")!.Value, t.Element(Tbx + "termNote")!.Value)));
        Assert.Contains(root.Descendants(Tbx + "langSec"), l => (string?)l.Attribute(XNamespace.Xml + "lang") == "zh-Hans" && l.Value.Contains("经济部", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_AnEntry_UsesItsIdSoAReimportUpdatesIt()
    {
        using var stream = new MemoryStream();

        TbxWriter.Write(stream, Everything.Take(1));

        Assert.Contains("<conceptEntry id=\"e-0190f2a4-0000-7000-8000-000000000001\">", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AWrittenGlossary_FindsItsTermsInASegment()
    {
        using var stream = new MemoryStream();
        TbxWriter.Write(stream, Everything);
        stream.Position = 0;

        var glossary = TbxReader.Read(stream).ToGlossary();

        Assert.Equal(["ministère de l’Économie", "SpaceResources.lu"],
            glossary.Find("Le ministère de l'Économie soutient SpaceResources.lu.", Language.Fr).Select(h => h.Term.Text));
    }
}
