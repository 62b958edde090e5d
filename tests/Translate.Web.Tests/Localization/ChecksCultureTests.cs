using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Components.Pages.Releases;
using Translate.Web.Tests.Editor;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>The checks in the editor's side panel, the submit refusal and the release page's summary, in Chinese and Luxembourgish.</summary>
public sealed class ChecksCultureTests : EditorTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("zh-Hans", "检查", "句段 12", "警告", "法语中“:”旁需要不换行空格。", "1 个警告", "确认保留", "保留此警告的理由", "保存理由", "取消",
        "Françoise 已确认保留：Style maison")]
    [InlineData("lb", "Kontrollen", "Segment 12", "Warnung", "Um Franséische gehéiert en net-ëmbriechenden Espace bei „:“.", "1 Warnung", "Akzeptéieren",
        "Firwat d’Warnung bleiwe kann", "Grond späicheren", "Ofbriechen", "Akzeptéiert vum Françoise: Style maison")]
    public async Task ChecksPanel_InTheUiCulture_NamesTheFindingAndTheAcknowledgement(
        string culture, string heading, string segment, string severity, string sentence, string count, string acknowledge, string reason,
        string saveReason, string cancel, string acknowledged)
    {
        await AssignedSampleAsync();
        await TranslateAllElsewhereAsync(Language.Fr);
        using var _ = new UiCulture(culture);
        var cut = OpenEditor(People.Francoise, Language.Fr);

        var countButton = Row(cut, 12).QuerySelector("button.check-count")!;
        Assert.Equal(count, countButton.TextContent.Trim());
        countButton.Click();
        var panel = cut.Find("section[aria-labelledby=checks-heading]");
        Assert.Equal(heading, cut.Find("#checks-heading").TextContent);
        Assert.Contains(segment, panel.TextContent, StringComparison.Ordinal);
        Assert.Equal(severity, panel.QuerySelector(".state")!.TextContent);
        Assert.Contains(sentence, panel.TextContent, StringComparison.Ordinal);
        var button = panel.QuerySelectorAll("button").Single(b => b.TextContent == acknowledge);
        Assert.Contains(sentence, button.GetAttribute("aria-label"), StringComparison.Ordinal);

        button.Click();
        Assert.Equal(saveReason, cut.Button(saveReason).TextContent);
        Assert.Equal(cancel, cut.Button(cancel).TextContent);
        cut.ByLabel(reason).Input("Style maison");
        cut.ByLabel(reason).KeyDown(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Contains(acknowledged, cut.Find("section[aria-labelledby=checks-heading]").TextContent, StringComparison.Ordinal), Patience);
    }

    [Theory]
    [InlineData("zh-Hans", "提交法语供审校", "检查在 1 个句段中发现错误，fr 暂不能提交：10。", "转到句段 10", "译文中缺少原文的数字 5。")]
    [InlineData("lb", "Franséisch zur Iwwerpréiwung areechen", "D’Kontrolle fannen nach Feeler: fr kann net agereecht ginn (1 Segment(er): 10).",
        "Op d’Segment 10", "D’Zuel 5 vun der Quell feelt an der Iwwersetzung.")]
    public async Task SubmitRefusal_InTheUiCulture_ListsTheSegmentsWithTheirErrors(
        string culture, string submit, string refusal, string goTo, string error)
    {
        await AssignedSampleAsync();
        await TranslateAllElsewhereAsync(Language.Fr);
        await SaveElsewhereAsync(10, Language.Fr, "Dans un premier temps, le laboratoire emploiera des personnes au Luxembourg.");
        using var _ = new UiCulture(culture);
        var cut = OpenEditor(People.Francoise, Language.Fr);

        cut.Button(submit).Click();

        cut.WaitForAssertion(() => Assert.Contains(refusal, cut.Find(".submit-refusal").TextContent, StringComparison.Ordinal), Patience);
        Assert.Contains(error, cut.Find(".submit-refusal").TextContent, StringComparison.Ordinal);
        Assert.Equal(goTo, cut.Find(".submit-refusal button").TextContent);
    }

    [Theory]
    [InlineData("zh-Hans", "检查", "4 个警告", "未发现问题")]
    [InlineData("lb", "Kontrollen", "4 Warnungen", "Näischt fonnt")]
    public async Task ReleasePage_InTheUiCulture_SummarisesTheChecks(string culture, string column, string french, string chinese)
    {
        await AssignedSampleAsync();
        await TranslateAllElsewhereAsync(Language.Fr);
        using var _ = new UiCulture(culture);
        SignInAs(People.Anna);

        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, Slug));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("table.matrix tbody tr").Count), Patience);
        Assert.Equal(column, cut.FindAll("table.matrix thead th")[4].TextContent);
        Assert.Equal(french, cut.FindAll("table.matrix tbody tr")[0].QuerySelectorAll("td")[3].TextContent.Trim());
        Assert.Equal(chinese, cut.FindAll("table.matrix tbody tr")[3].QuerySelectorAll("td")[3].TextContent.Trim());
    }
}
