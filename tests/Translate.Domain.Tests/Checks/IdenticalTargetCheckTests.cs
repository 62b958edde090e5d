using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class IdenticalTargetCheckTests
{
    [Theory]
    [InlineData(Language.Fr, "The areas of potential cooperation include economic aspects.")]
    [InlineData(Language.De, "Media contact:")]
    [InlineData(Language.Lb, "Released by the Ministry of the Economy")]
    [InlineData(Language.Zh, "In a first stage, 5 employees.")]
    public void Run_WithTheSourceCopied_WarnsItIsIdentical(Language language, string text)
    {
        var finding = Assert.Single(Findings.Of(text, text + " ", language), f => f.Code == "check.identical");

        Assert.Equal(CheckSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("Paul Zenners")]
    [InlineData("SpaceResources.lu")]
    [InlineData("(+352) 621 409 141")]
    [InlineData("paul.zenners@eco.etat.lu")]
    [InlineData("https://www.gouvernement.lu/")]
    [InlineData("CNSA")]
    [InlineData("<1>Étienne Schneider</1>")]
    public void Run_WithANameNumberOrAddressOnly_AcceptsItUnchanged(string text)
    {
        foreach (var language in new[] { Language.Fr, Language.De, Language.Lb, Language.Zh })
        {
            Assert.Empty(Findings.Of(text, text, language));
        }
    }

    [Fact]
    public void Run_FromGermanToLuxembourgishWithTheSameWord_Warns() =>
        Assert.Contains("check.identical", Findings.Codes("Pressekontakt:", "Pressekontakt:", Language.Lb, Language.De));
}
