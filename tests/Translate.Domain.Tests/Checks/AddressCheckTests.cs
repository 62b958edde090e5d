using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class AddressCheckTests
{
    private const string Source = "Write to paul.zenners@eco.etat.lu or see https://www.gouvernement.lu/actualites.html.";

    [Theory]
    [InlineData(Language.Fr, "Écrivez à paul.zenners@eco.etat.lu ou voir https://www.gouvernement.lu/actualites.html.")]
    [InlineData(Language.De, "Schreiben Sie an paul.zenners@eco.etat.lu oder siehe https://www.gouvernement.lu/actualites.html.")]
    [InlineData(Language.Lb, "Schreift un paul.zenners@eco.etat.lu oder kuckt https://www.gouvernement.lu/actualites.html.")]
    [InlineData(Language.Zh, "请写信至paul.zenners@eco.etat.lu或参见https://www.gouvernement.lu/actualites.html。")]
    public void Run_WithTheAddressesKept_FindsNothing(Language language, string target) =>
        Assert.Empty(Findings.Of(Source, target, language));

    [Theory]
    [InlineData(Language.Fr, "Écrivez à Paul.Zenners@eco.etat.lu ou voir https://www.gouvernement.lu/actualites.html.", "check.email-missing", "email", "paul.zenners@eco.etat.lu")]
    [InlineData(Language.De, "Schreiben Sie an paul.zenners@eco.etat.de oder siehe https://www.gouvernement.lu/actualites.html.", "check.email-missing", "email", "paul.zenners@eco.etat.lu")]
    [InlineData(Language.Lb, "Schreift un paul.zenners@eco.etat.lu oder kuckt https://www.gouvernement.lu/aktualitéiten.html.", "check.url-missing", "url", "https://www.gouvernement.lu/actualites.html")]
    [InlineData(Language.Zh, "请写信至paul.zenners@eco.etat.lu或参见http://www.gouvernement.lu/actualites.html。", "check.url-missing", "url", "https://www.gouvernement.lu/actualites.html")]
    public void Run_WithAnAddressChanged_NamesTheSourcesAddress(Language language, string target, string code, string name, string address)
    {
        var finding = Assert.Single(Findings.Of(Source, target, language));

        Assert.Equal((code, CheckSeverity.Error, address), (finding.Code, finding.Severity, finding.Values[name]));
    }
}
