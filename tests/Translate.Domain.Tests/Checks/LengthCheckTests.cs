using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class LengthCheckTests
{
    private const string Source = "In a first stage, the Research Laboratory will employ at least five employees in Luxembourg.";

    [Theory]
    [InlineData(Language.Fr, "Dans un premier temps, le laboratoire de recherche emploiera au moins cinq personnes au Luxembourg.")]
    [InlineData(Language.De, "In einer ersten Phase wird das Forschungslabor mindestens fünf Mitarbeiter in Luxemburg beschäftigen.")]
    [InlineData(Language.Lb, "An enger éischter Phas wäert de Fuerschungslabo mindestens fënnef Mataarbechter zu Lëtzebuerg beschäftegen.")]
    [InlineData(Language.Zh, "在第一阶段，该研究实验室将在卢森堡雇用至少五名员工。")]
    public void Run_WithAUsualLength_FindsNothing(Language language, string target) =>
        Assert.Empty(Findings.Of(Source, target, language));

    [Theory]
    [InlineData(Language.Fr, "Dans un premier temps.", 24)]
    [InlineData(Language.De, "In einer ersten Phase wird das Forschungslabor mindestens fünf Mitarbeiter in Luxemburg beschäftigen. In einer ersten Phase wird das Forschungslabor mindestens fünf Mitarbeiter in Luxemburg beschäftigen.", 228)]
    [InlineData(Language.Lb, "An enger éischter Phas.", 26)]
    [InlineData(Language.Zh, "In a first stage, the Research Laboratory will employ at least five employees in 卢森堡。", 91)]
    public void Run_WithALengthFarOutsideTheNorm_WarnsWithThePercentage(Language language, string target, int percent)
    {
        var finding = Assert.Single(Findings.Of(Source, target, language), f => f.Code == "check.length");

        Assert.Equal((CheckSeverity.Warning, percent), (finding.Severity, finding.Values["percent"]));
    }

    [Fact]
    public void Run_FromFrenchToGerman_UsesThePairsNorm() =>
        Assert.DoesNotContain("check.length", Findings.Codes(
            "Dans un premier temps, le laboratoire de recherche emploiera au moins cinq personnes au Luxembourg.",
            "In einer ersten Phase wird das Forschungslabor mindestens fünf Mitarbeiter in Luxemburg beschäftigen.",
            Language.De,
            Language.Fr));

    [Fact]
    public void Run_WithAShortSource_NeverWarns() =>
        Assert.DoesNotContain("check.length", Findings.Codes("Media contact: Paul Zenners", "媒体联系人：Paul", Language.Zh));
}
