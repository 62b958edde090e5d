using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class FrenchSpacingCheckTests
{
    [Theory]
    [InlineData("Contact presse\u00A0: Paul Zenners")]
    [InlineData("Contact presse\u202F: Paul Zenners")]
    [InlineData("Il a dit «\u00A0Paul Zenners\u00A0» et c'est tout\u202F!")]
    [InlineData("Vraiment\u00A0?! Paul Zenners")]
    [InlineData("Paul Zenners, 10:30, https://www.gouvernement.lu/")]
    public void Run_WithNoBreakSpaces_DoesNotWarnAboutSpacing(string target) =>
        Assert.DoesNotContain("check.french-no-break-space", Findings.Codes("Paul Zenners, 10:30, https://www.gouvernement.lu/ Paul Zenners", target + " Paul Zenners, 10:30, https://www.gouvernement.lu/", Language.Fr));

    [Theory]
    [InlineData("Contact presse : Paul Zenners", ":")]
    [InlineData("Contact presse: Paul Zenners", ":")]
    [InlineData("Paul Zenners ; Paul Zenners", ";")]
    [InlineData("Paul Zenners !", "!")]
    [InlineData("Paul Zenners?", "?")]
    [InlineData("« Paul Zenners\u00A0»", "«")]
    [InlineData("«\u00A0Paul Zenners »", "»")]
    public void Run_WithAnOrdinaryOrMissingSpace_WarnsAboutTheMark(string target, string mark)
    {
        var finding = Assert.Single(Findings.Of("Paul Zenners", target, Language.Fr), f => f.Code == "check.french-no-break-space");

        Assert.Equal((CheckSeverity.Warning, mark), (finding.Severity, finding.Values["mark"]));
    }

    [Theory]
    [InlineData(Language.De)]
    [InlineData(Language.Lb)]
    [InlineData(Language.En)]
    public void Run_InOtherLanguages_LeavesColonsAlone(Language language) =>
        Assert.Empty(Findings.Of("Kontakt: Paul Zenners", "Pressekontakt: Paul Zenners", language, Language.Fr));
}
