using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class ChinesePunctuationCheckTests
{
    private const string Source = "Luxembourg, 2018: the National Space Science Center. See SpaceResources.lu.";

    [Theory]
    [InlineData("卢森堡，2018年：国家空间科学中心。见SpaceResources.lu。")]
    [InlineData("卢森堡，2018年：国家空间科学中心 (NSSC)。见 SpaceResources.lu。")]
    public void Run_WithFullWidthMarksAndNoSpaces_FindsNothing(string target) =>
        Assert.Empty(Findings.Of(Source, target, Language.Zh));

    [Theory]
    [InlineData("卢森堡,2018年：国家空间科学中心。见SpaceResources.lu。", ",")]
    [InlineData("卢森堡，2018年：国家空间科学中心.见SpaceResources.lu。", ".")]
    [InlineData("卢森堡，2018年:国家空间科学中心。见SpaceResources.lu。", ":")]
    [InlineData("卢森堡，2018年；国家空间科学中心;见SpaceResources.lu。", ";")]
    [InlineData("卢森堡，2018年：国家空间科学中心!见SpaceResources.lu。", "!")]
    [InlineData("卢森堡，2018年：国家空间科学中心?见SpaceResources.lu。", "?")]
    [InlineData("卢森堡，2018年：国家空间科学中心(NSSC)。见SpaceResources.lu。", "(")]
    [InlineData("卢森堡，2018年：国家空间科学中心 (NSSC中心)。见SpaceResources.lu。", ")")]
    public void Run_WithAHalfWidthMarkAfterChinese_WarnsAboutTheMark(string target, string mark)
    {
        var finding = Assert.Single(Findings.Of(Source, target, Language.Zh));

        Assert.Equal(("check.chinese-half-width-punctuation", CheckSeverity.Warning, mark), (finding.Code, finding.Severity, finding.Values["mark"]));
    }

    [Fact]
    public void Run_WithASpaceBetweenChineseCharacters_Warns() =>
        Assert.Equal(["check.chinese-space"], Findings.Codes(Source, "卢森堡，2018年：国家空间 科学中心。见SpaceResources.lu。", Language.Zh));

    [Theory]
    [InlineData(Language.Fr, "Luxembourg, 2018\u00A0: le centre. Voir SpaceResources.lu.")]
    [InlineData(Language.De, "Luxemburg, 2018: das Zentrum. Siehe SpaceResources.lu.")]
    public void Run_InOtherLanguages_LeavesHalfWidthMarksAlone(Language language, string target) =>
        Assert.Empty(Findings.Of(Source, target, language));
}
