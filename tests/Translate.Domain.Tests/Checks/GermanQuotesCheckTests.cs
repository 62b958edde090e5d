using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class GermanQuotesCheckTests
{
    private const string Source = "The minister called it “a milestone” for the “SpaceResources.lu” initiative.";

    [Theory]
    [InlineData("Der Minister nannte es „einen Meilenstein“ für die Initiative „SpaceResources.lu“.")]
    [InlineData("Der Minister nannte es »einen Meilenstein« für die Initiative »SpaceResources.lu«.")]
    public void Run_WithGermanQuotationMarks_FindsNothing(string target) =>
        Assert.Empty(Findings.Of(Source, target, Language.De));

    [Theory]
    [InlineData("Der Minister nannte es \"einen Meilenstein\" für die Initiative \"SpaceResources.lu\".", "\"")]
    [InlineData("Der Minister nannte es “einen Meilenstein” für die Initiative „SpaceResources.lu“.", "“”")]
    [InlineData("Der Minister nannte es „einen Meilenstein” für die Initiative „SpaceResources.lu“.", "”")]
    public void Run_WithStraightOrEnglishQuotes_WarnsOnceAboutEachForeignMark(string target, string marks)
    {
        var findings = Findings.Of(Source, target, Language.De).Where(f => f.Code == "check.german-quotes").ToList();

        Assert.All(findings, f => Assert.Equal(CheckSeverity.Warning, f.Severity));
        Assert.Equal(marks, string.Concat(findings.Select(f => f.Values["mark"])));
    }

    [Theory]
    [InlineData(Language.Fr, "La ministre a parlé d’«\u00A0une étape\u00A0» pour l’initiative «\u00A0SpaceResources.lu\u00A0».")]
    [InlineData(Language.Lb, "De Minister huet vun „engem Meilesteen“ fir d’Initiative „SpaceResources.lu“ geschwat.")]
    [InlineData(Language.Zh, "部长称之为“里程碑”，对“SpaceResources.lu”计划而言。")]
    public void Run_InOtherLanguages_LeavesTheirQuotesAlone(Language language, string target) =>
        Assert.DoesNotContain("check.german-quotes", Findings.Codes(Source, target, language));
}
