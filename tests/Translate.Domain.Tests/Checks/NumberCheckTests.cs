using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class NumberCheckTests
{
    [Theory]
    [InlineData(Language.Fr, "Le budget est de 3,5 millions et de 1 000 euros.")]
    [InlineData(Language.Fr, "Le budget est de 3,5 millions et de 1\u00A0000 euros.")]
    [InlineData(Language.Fr, "Le budget est de 3,5 millions et de 1\u202F000 euros.")]
    [InlineData(Language.De, "Das Budget beträgt 3,5 Millionen und 1.000 Euro.")]
    [InlineData(Language.Lb, "De Budget ass 3,5 Milliounen an 1.000 Euro.")]
    [InlineData(Language.Zh, "预算为3.5百万和1,000欧元。")]
    [InlineData(Language.Zh, "预算为３.５百万和１０００欧元。")]
    public void Run_WithTheNumbersInTheTargetsFormat_FindsNothing(Language language, string target) =>
        Assert.Empty(Findings.Of("The budget is 3.5 million and 1,000 euros.", target, language));

    [Theory]
    [InlineData(Language.Fr, "Luxembourg, le 16 janvier 2018")]
    [InlineData(Language.De, "Luxemburg, 16. Januar 2018")]
    [InlineData(Language.Lb, "Lëtzebuerg, de 16. Januar 2018")]
    [InlineData(Language.Zh, "卢森堡，2018年1月16日")]
    [InlineData(Language.Zh, "卢森堡，２０１８年１月１６日")]
    public void Run_WithADateWrittenAsTheTargetWritesIt_FindsNothing(Language language, string target) =>
        Assert.Empty(Findings.Of("Luxembourg, January 16, 2018", target, language));

    [Theory]
    [InlineData(Language.Fr, "Le budget est de 3.5 millions et de 1 000 euros.", "3.5")]
    [InlineData(Language.Fr, "Le budget est de 3,5 millions et de 1,000 euros.", "1,000")]
    [InlineData(Language.De, "Das Budget beträgt 3,5 Millionen und 1,000 Euro.", "1,000")]
    [InlineData(Language.De, "Das Budget beträgt 3,5 Millionen und 10.000 Euro.", "1,000")]
    [InlineData(Language.Lb, "De Budget ass 5,3 Milliounen an 1.000 Euro.", "3.5")]
    [InlineData(Language.Zh, "预算为3,5百万和1,000欧元。", "3.5")]
    [InlineData(Language.Zh, "预算为３.５百万和１００欧元。", "1,000")]
    public void Run_WithANumberChangedOrInTheWrongFormat_NamesTheSourcesNumber(Language language, string target, string number)
    {
        var finding = Assert.Single(Findings.Of("The budget is 3.5 million and 1,000 euros.", target, language), f => f.Code == "check.number-missing");

        Assert.Equal((CheckSeverity.Error, number), (finding.Severity, finding.Values["number"]));
    }

    [Fact]
    public void Run_WithANumberLeftOut_FindsItMissing() =>
        Assert.Contains("check.number-missing", Findings.Codes("5 labs and 12 employees", "5 laboratoires et des employés", Language.Fr));

    [Fact]
    public void Run_WithANumberWrittenTwiceInTheSourceAndOnceInTheTarget_FindsOneMissing() =>
        Assert.Single(Findings.Of("5 labs and 5 employees", "5 Labore und fünf Mitarbeiter", Language.De));

    [Fact]
    public void Run_FromGermanSource_ReadsItsDecimalComma() =>
        Assert.Empty(Findings.Of("Das Budget beträgt 3,5 Millionen und 1.000 Euro.", "The budget is 3.5 million and 1,000 euros.", Language.En, Language.De));
}
