using Translate.Domain.Documents;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using static Translate.Domain.Tests.Glossaries.SampleGlossary;

namespace Translate.Domain.Tests.Glossaries;

public class GlossaryFindTests
{
    [Theory]
    [InlineData(Language.En, "Released by the Ministry of the Economy", "Ministry of the Economy")]
    [InlineData(Language.Fr, "Communiqué par le ministère de l'Économie", "ministère de l'Économie")]
    [InlineData(Language.De, "Mitgeteilt vom Wirtschaftsministerium", "Wirtschaftsministerium")]
    [InlineData(Language.Lb, "Matgedeelt vum Wirtschaftsministère", "Wirtschaftsministère")]
    [InlineData(Language.Zh, "卢森堡经济部发布", "经济部")]
    public void Find_TheTermInEachLanguage_NamesTheEntryAndWhereItIs(Language language, string text, string written)
    {
        var hit = Assert.Single(Sample.Find(text, language), h => h.Entry == MinistryOfTheEconomy);

        Assert.Equal(written, text.Substring(hit.Start, hit.Length));
        Assert.Equal(language, hit.Term.Language);
    }

    [Fact]
    public void Find_AHit_GivesTheApprovedTermOfEveryLanguage()
    {
        var hit = Assert.Single(Sample.Find("Released by the Ministry of the Economy", Language.En));

        Assert.Equal(["Ministry of the Economy", "ministère de l'Économie", "Wirtschaftsministerium", "Wirtschaftsministère", "经济部"],
            LanguageCodes.All.Select(l => hit.Translations[l].Text));
    }

    [Fact]
    public void Find_TermsThatOverlap_GivesTheLongest()
    {
        var glossary = new Glossary([Term("Economy"), Term("Ministry of the Economy"), Term("Ministry")]);

        var hit = Assert.Single(glossary.Find("The Ministry of the Economy signed.", Language.En));

        Assert.Equal(("Ministry of the Economy", 4, 23), (hit.Term.Text, hit.Start, hit.Length));
    }

    [Fact]
    public void Find_TermsSideBySide_GivesEachInOrder()
    {
        var hits = Sample.Find("卢森堡与中国国家航天局签署了谅解备忘录", Language.Zh);

        Assert.Equal([("卢森堡", 0), ("中国国家航天局", 4), ("谅解备忘录", 14)], hits.Select(h => (h.Term.Text, h.Start)));
    }

    [Theory]
    [InlineData("The Ministry  of the\u00A0Economy signed.")]
    [InlineData("The Ministry of\nthe Economy signed.")]
    [InlineData("The MINISTRY OF THE ECONOMY signed.")]
    [InlineData("The ministry of the economy signed.")]
    public void Find_WithOtherSpacesOrCase_FindsTheTerm(string text) =>
        Assert.Single(Sample.Find(text, Language.En), h => h.Entry == MinistryOfTheEconomy);

    [Fact]
    public void Find_WithInlineTagsInTheTerm_PointsIntoTheTextWithoutTags()
    {
        const string text = "Released by the <1>Ministry</1> of <2>the Economy</2><3/>";

        var hit = Assert.Single(Sample.Find(text, Language.En));

        Assert.Equal("Ministry of the Economy", InlineTags.Strip(text).Substring(hit.Start, hit.Length));
    }

    [Theory]
    [InlineData("le ministère de l’Économie", "ministère de l'Économie")]
    [InlineData("le ministère de l'Économie", "ministère de l’Économie")]
    [InlineData("le ministère de l‘Économie", "ministère de l'Économie")]
    public void Find_TypographicOrStraightApostrophe_MatchesEither(string text, string term)
    {
        var glossary = new Glossary([new GlossaryEntry(Guid.NewGuid(), [new GlossaryTerm(Language.Fr, term)])]);

        var hit = Assert.Single(glossary.Find(text, Language.Fr));

        Assert.Equal(3, hit.Start);
    }

    [Theory]
    [InlineData(Language.Fr, "Le Luxembourgeois coopère.")]
    [InlineData(Language.De, "Der Wirtschaftsministerrat tagt.")]
    [InlineData(Language.Lb, "D'Lëtzebuergerin schafft.")]
    [InlineData(Language.En, "The Luxembourgish text.")]
    public void Find_TheTermInsideALongerWord_FindsNothing(Language language, string text) =>
        Assert.Empty(Sample.Find(text, language));

    [Theory]
    [InlineData(Language.Fr, "Le Luxembourg, pays du Benelux.", "Luxembourg")]
    [InlineData(Language.Lb, "Zu Lëtzebuerg, de 16. Januar.", "Lëtzebuerg")]
    [InlineData(Language.Lb, "An d'Nationaalt Weltraumagence vu China.", "Nationaalt Weltraumagence vu China")]
    [InlineData(Language.De, "Der Vizepremierminister (Wirtschaftsminister) sprach.", "Vizepremierminister")]
    [InlineData(Language.Fr, "Le Vice-Premier ministre a signé.", "Vice-Premier ministre")]
    [InlineData(Language.Fr, "Le Vice\u2011Premier ministre a signé.", "Vice-Premier ministre")]
    public void Find_TheTermBetweenPunctuationOrApostrophe_FindsIt(Language language, string text, string term) =>
        Assert.Contains(Sample.Find(text, language), h => h.Term.Text == term);

    [Theory]
    [InlineData("Le CAS a signé.", 1)]
    [InlineData("En cas de doute, appelez.", 0)]
    [InlineData("Le MoU est signé ; le cuir est mou.", 1)]
    public void Find_ACaseSensitiveTerm_FindsOnlyItsCase(string text, int hits) =>
        Assert.Equal(hits, Sample.Find(text, Language.Fr).Count);

    [Theory]
    [InlineData(Language.Zh, "为实现SpaceResources.lu计划所确定的目标", 3)]
    [InlineData(Language.De, "im Rahmen der Initiative SpaceResources.lu festgelegten", 25)]
    [InlineData(Language.Lb, "vun der Initiative SpaceResources.lu.", 19)]
    public void Find_ADoNotTranslateName_FindsItInEveryLanguage(Language language, string text, int start)
    {
        var hit = Assert.Single(Sample.Find(text, language));

        Assert.Equal((SpaceResourcesLu, start, 17), (hit.Entry, hit.Start, hit.Length));
    }

    [Fact]
    public void Find_InChineseWithoutSpaces_FindsTheTermInsideTheSentence()
    {
        var hit = Assert.Single(Sample.Find("此外，由副首相兼经济大臣代表", Language.Zh), h => h.Entry == DeputyPrimeMinister);

        Assert.Equal((4, 3), (hit.Start, hit.Length));
    }

    [Fact]
    public void Find_InALargeGlossary_FindsOnlyTheTermsOfTheText()
    {
        var entries = Enumerable.Range(1, 5000).Select(i => Term($"Institute number {i}"))
            .Append(Term("Institute number 42 of Luxembourg"))
            .Append(Term("Institute"))
            .ToList();
        var glossary = new Glossary(entries);

        var hits = glossary.Find("The Institute number 42 of Luxembourg and the Institute number 4999 met the Institute.", Language.En);

        Assert.Equal(["Institute number 42 of Luxembourg", "Institute number 4999", "Institute"], hits.Select(h => h.Term.Text));
    }

    [Fact]
    public void Find_InAnEmptyGlossary_FindsNothing() => Assert.Empty(Glossary.Empty.Find("The Ministry of the Economy", Language.En));

    private static GlossaryEntry Term(string english) => new(Guid.NewGuid(), [new GlossaryTerm(Language.En, english)]);
}
