using Translate.Domain.Checks;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using static Translate.Domain.Tests.Glossaries.SampleGlossary;

namespace Translate.Domain.Tests.Glossaries;

public class GlossaryCheckTests
{
    private const string Source = "Released by the Ministry of the Economy";

    [Theory]
    [InlineData(Language.Fr, "Communiqué par le ministère de l’Économie")]
    [InlineData(Language.De, "Mitgeteilt vom Wirtschaftsministerium")]
    [InlineData(Language.Lb, "Matgedeelt vum <1>Wirtschaftsministère</1>")]
    [InlineData(Language.Zh, "卢森堡经济部发布")]
    public void Run_WithTheApprovedTerm_FindsNothing(Language language, string target) =>
        Assert.Empty(GlossaryCheck.Run(Source, target, Language.En, language, Sample));

    [Theory]
    [InlineData(Language.Fr, "Communiqué par le ministère des Finances", "ministère de l'Économie")]
    [InlineData(Language.De, "Mitgeteilt vom Ministerium", "Wirtschaftsministerium")]
    [InlineData(Language.Lb, "Matgedeelt vum Ministère", "Wirtschaftsministère")]
    [InlineData(Language.Zh, "卢森堡财政部发布", "经济部")]
    public void Run_WithoutTheApprovedTerm_WarnsNamingTheTermAndItsTranslation(Language language, string target, string expected)
    {
        var finding = Assert.Single(GlossaryCheck.Run(Source, target, Language.En, language, Sample));

        Assert.Equal((GlossaryCheck.TermMissingCode, CheckSeverity.Warning), (finding.Code, finding.Severity));
        Assert.Equal(["Ministry of the Economy", expected], finding.Values.Values);
    }

    [Theory]
    [InlineData(Language.Fr, "Communiqué par le ministère de l'Economie", "ministère de l'Economie", "ministère de l'Économie")]
    [InlineData(Language.De, "Mitgeteilt vom Ministerium für Wirtschaft", "Ministerium für Wirtschaft", "Wirtschaftsministerium")]
    public void Run_WithAForbiddenVariant_IsAnErrorNamingTheVariantAndTheApprovedTerm(Language language, string target, string variant, string approved)
    {
        var findings = GlossaryCheck.Run(Source, target, Language.En, language, Sample);

        var error = Assert.Single(findings, f => f.Severity == CheckSeverity.Error);
        Assert.Equal(GlossaryCheck.TermForbiddenCode, error.Code);
        Assert.Equal([variant, approved], error.Values.Values);
        Assert.Contains(findings, f => f.Code == GlossaryCheck.TermMissingCode);
    }

    [Theory]
    [InlineData(Language.Fr, "Le Grand-Duché du Luxembourg coopère avec la Chine.")]
    [InlineData(Language.Zh, "卢森堡大公国与中国合作。")]
    public void Run_WithAForbiddenVariantThatHoldsTheTerm_IsAnErrorAndNotAMissingTerm(Language language, string target)
    {
        var finding = Assert.Single(GlossaryCheck.Run("Luxembourg cooperates with China.", target, Language.En, language, Sample));

        Assert.Equal(GlossaryCheck.TermForbiddenCode, finding.Code);
    }

    [Fact]
    public void Run_WithAForbiddenVariantTheSourceDoesNotName_IsStillAnError() =>
        Assert.Equal([GlossaryCheck.TermForbiddenCode],
            GlossaryCheck.Run("The initiative.", "L'initiative Space Resources.lu.", Language.En, Language.Fr, Sample).Select(f => f.Code));

    [Theory]
    [InlineData(Language.Fr, "l'initiative SpaceResources.lu.", 0)]
    [InlineData(Language.De, "der Initiative SpaceResources.lu.", 0)]
    [InlineData(Language.Lb, "vun der Initiative SpaceResources.", 1)]
    [InlineData(Language.Zh, "SpaceResources.LU计划", 1)]
    public void Run_ADoNotTranslateName_MustComeBackAsItIs(Language language, string target, int findings)
    {
        var found = GlossaryCheck.Run("the SpaceResources.lu initiative.", target, Language.En, language, Sample);

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal(["SpaceResources.lu", "SpaceResources.lu"], f.Values.Values));
    }

    [Fact]
    public void Run_FromASourceInAnotherLanguage_ExpectsTheTargetLanguagesTerm()
    {
        var findings = GlossaryCheck.Run("Mitgeteilt vom Wirtschaftsministerium", "Released by the Ministry of Economic Affairs", Language.De, Language.En, Sample);

        Assert.Equal(["Wirtschaftsministerium", "Ministry of the Economy"], Assert.Single(findings).Values.Values);
    }

    [Fact]
    public void Run_WithAnEmptyTranslation_LeavesItToTheEmptyCheck() =>
        Assert.Empty(GlossaryCheck.Run(Source, "  ", Language.En, Language.Fr, Sample));

    [Fact]
    public void Run_TheTermTwiceInTheSource_WarnsOnce() =>
        Assert.Single(GlossaryCheck.Run("Luxembourg and Luxembourg.", "Lëtzebuerg a Lëtzebuerg.", Language.En, Language.Fr, Sample));
}
