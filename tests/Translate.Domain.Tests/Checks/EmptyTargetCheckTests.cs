using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class EmptyTargetCheckTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<1></1>")]
    public void Run_WithAnEmptyTranslation_FindsOnlyTheEmptyError(string target)
    {
        var finding = Assert.Single(Findings.Of("Phone: (+352) 247-74126 <1>call</1>", target, Language.Fr));

        Assert.Equal(("check.empty", CheckSeverity.Error), (finding.Code, finding.Severity));
    }

    [Theory]
    [InlineData(Language.Fr, "Téléphone")]
    [InlineData(Language.De, "Telefon")]
    [InlineData(Language.Lb, "Telefon")]
    [InlineData(Language.Zh, "电话")]
    public void Run_WithATranslation_DoesNotFindItEmpty(Language language, string target) =>
        Assert.DoesNotContain("check.empty", Findings.Codes("Phone", target, language));
}
