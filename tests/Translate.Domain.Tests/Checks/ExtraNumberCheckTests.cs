using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class ExtraNumberCheckTests
{
    private const string Source = "In a first stage, 5 employees and 3.5 million euros, from 16 January 2018.";

    [Theory]
    [InlineData(Language.Fr, "Dans un premier temps, 5 personnes et 3,5 millions d’euros, dès le 16 janvier 2018.")]
    [InlineData(Language.De, "In einer ersten Phase 5 Mitarbeiter und 3,5 Millionen Euro, ab dem 16. Januar 2018.")]
    [InlineData(Language.Lb, "An enger éischter Phas 5 Mataarbechter an 3,5 Milliounen Euro, vum 16. Januar 2018 un.")]
    [InlineData(Language.Zh, "第一阶段，5名员工和3.5百万欧元，自2018年1月16日起。")]
    public void Run_WithOnlyTheSourcesNumbers_FindsNothing(Language language, string target) =>
        Assert.Empty(Findings.Of(Source, target, language));

    [Theory]
    [InlineData(Language.Fr, "Dans une 1re phase, 5 personnes et 3,5 millions d’euros, dès le 16 janvier 2018.", "1")]
    [InlineData(Language.De, "In einer ersten Phase 5 Mitarbeiter und 3,5 Millionen Euro in 2 Jahren, ab dem 16. Januar 2018.", "2")]
    [InlineData(Language.Lb, "An enger éischter Phas 5 Mataarbechter an 3,5 Milliounen Euro, vum 16. Januar 2018 bis 2020.", "2020")]
    [InlineData(Language.Zh, "第一阶段，5名员工和3.5百万欧元，自2018年1月16日起10年。", "10")]
    public void Run_WithANumberTheSourceDoesNotHave_WarnsAboutIt(Language language, string target, string number)
    {
        var finding = Assert.Single(Findings.Of(Source, target, language));

        Assert.Equal(("check.number-extra", CheckSeverity.Warning, number), (finding.Code, finding.Severity, finding.Values["number"]));
    }

    [Fact]
    public void Run_WithANumberChanged_FindsItMissingAndTheNewOneExtra() =>
        Assert.Equal(["check.number-missing", "check.number-extra"], Findings.Codes("5 employees", "6 Mitarbeiter", Language.De));
}
