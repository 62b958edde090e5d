using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class DateCheckTests
{
    [Theory]
    [InlineData("Signed on 16 January 2018.", Language.Fr, "Signé le 16 janvier 2018.")]
    [InlineData("Signed on January 16, 2018.", Language.Fr, "Signé le 16/01/2018.")]
    [InlineData("Signed on 1 January.", Language.Fr, "Signé le 1er janvier.")]
    [InlineData("Signed on 16 January 2018.", Language.De, "Unterzeichnet am 16. Januar 2018.")]
    [InlineData("Signed on 16/01/2018.", Language.De, "Unterzeichnet am 16.01.2018.")]
    [InlineData("Signed on the 16th of January.", Language.De, "Unterzeichnet am 16. Januar.")]
    [InlineData("Signed on 16 March.", Language.De, "Unterzeichnet am 16. März.")]
    [InlineData("Signed on 16 March 2018.", Language.Lb, "Ënnerschriwwen de 16. Mäerz 2018.")]
    [InlineData("Signed on 2 May 2018.", Language.Lb, "Ënnerschriwwen den 2. Mee 2018.")]
    [InlineData("Signed on 16.01.2018.", Language.Lb, "Ënnerschriwwen de 16.01.2018.")]
    [InlineData("Signed on 16 January 2018.", Language.Zh, "于2018年1月16日签署。")]
    [InlineData("Signed on January 16.", Language.Zh, "于１月１６日签署。")]
    [InlineData("Signed on 2018-01-16.", Language.Zh, "于2018-01-16签署。")]
    [InlineData("Signé le 16 janvier 2018.", Language.En, "Signed on January 16, 2018.", Language.Fr)]
    [InlineData("Ënnerschriwwen de 16. Abrëll 2018.", Language.En, "Signed on 16 April 2018.", Language.Lb)]
    [InlineData("于2018年1月16日签署。", Language.De, "Unterzeichnet am 16. Januar 2018.", Language.Zh)]
    public void Run_WithTheDateInTheTargetsForm_FindsNothing(string source, Language language, string target, Language sourceLanguage = Language.En) =>
        Assert.Empty(Findings.Of(source, target, language, sourceLanguage));

    [Theory]
    [InlineData(Language.Fr, "Signé le 17 janvier 2018.")]
    [InlineData(Language.De, "Unterzeichnet am 16. Februar 2018.")]
    [InlineData(Language.Lb, "Ënnerschriwwen de 16. Januar 2017.")]
    [InlineData(Language.Zh, "于2018年1月6日签署。")]
    public void Run_WithTheDateChanged_FindsItMissingAsTheSourceWroteIt(Language language, string target)
    {
        var finding = Assert.Single(Findings.Of("Signed on 16 January 2018.", target, language), f => f.Code == "check.date-missing");

        Assert.Equal((CheckSeverity.Error, "16 January 2018"), (finding.Severity, finding.Values["date"]));
    }

    [Theory]
    [InlineData(Language.Fr, "Signé le 16 January 2018.", "16 January 2018")]
    [InlineData(Language.Fr, "Signé le 16.01.2018.", "16.01.2018")]
    [InlineData(Language.De, "Unterzeichnet am 16 janvier 2018.", "16 janvier 2018")]
    [InlineData(Language.De, "Unterzeichnet am 16 Januar 2018.", "16 Januar 2018")]
    [InlineData(Language.Lb, "Ënnerschriwwen de 16. März 2018.", "16. März 2018", "16 March 2018")]
    [InlineData(Language.Zh, "于16.01.2018签署。", "16.01.2018")]
    [InlineData(Language.Zh, "于January 16, 2018签署。", "January 16, 2018")]
    public void Run_WithTheDateInAForeignForm_WarnsAboutItsForm(Language language, string target, string written, string source = "16 January 2018")
    {
        var finding = Assert.Single(Findings.Of($"Signed on {source}.", target, language), f => f.Code.StartsWith("check.date", StringComparison.Ordinal));

        Assert.Equal(("check.date-form", CheckSeverity.Warning, written), (finding.Code, finding.Severity, finding.Values["date"]));
    }

    [Theory]
    [InlineData(Language.Fr, "Signé le 16/01/2018.")]
    [InlineData(Language.De, "Unterzeichnet am 16.01.2018.")]
    [InlineData(Language.Zh, "于2018年1月16日签署。")]
    public void Run_WithTheDatesDigitsReordered_DoesNotReportThemAsNumbers(Language language, string target) =>
        Assert.DoesNotContain(Findings.Codes("Signed on January 16, 2018.", target, language), c => c.StartsWith("check.number", StringComparison.Ordinal));

    [Theory]
    [InlineData("Up to 5 may attend.", "Jusqu’à 5 peuvent venir.")]
    [InlineData("In January 2018, 5 labs opened.", "En janvier 2018, 5 laboratoires ont ouvert.")]
    [InlineData("Call 247-82400 or see eco.public.lu.", "Appelez le 247-82400 ou voyez eco.public.lu.")]
    public void Run_WithNoDayAndMonth_ReadsNoDate(string source, string target) =>
        Assert.Empty(Findings.Of(source, target, Language.Fr));
}
