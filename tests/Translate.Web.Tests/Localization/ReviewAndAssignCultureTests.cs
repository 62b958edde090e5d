using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Components.Pages.Assign;
using Translate.Web.Components.Pages.Review;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>The review page and the assignment page as an editor sees them in Chinese and in Luxembourgish.</summary>
public sealed class ReviewAndAssignCultureTests : ComponentTest
{
    [Theory]
    [InlineData("zh-Hans", "审校法语", "“", "法语译文与英语原文对照", new[] { "编号", "原文（英语）", "译文（法语）", "状态", "最近编辑", "退回" },
        "批准法语", "要求修改", "退回句段 2", "句段 2 的历史记录", "法语：审校中", "3 小时前由 Françoise 提交", "法语已批准。")]
    [InlineData("lb", "Franséisch iwwerpréiwen", "„", "Franséisch nieft dem Quelltext (Englesch)", new[] { "Nr.", "Quelltext (Englesch)", "Iwwersetzung (Franséisch)", "Stand", "Lescht Ännerung", "Zréckschécken" },
        "Franséisch guttheeschen", "Ännerunge froen", "Segment 2 zréckschécken", "Verlaf vum Segment 2", "Franséisch: Gëtt iwwerpréift", "agereecht vum Françoise virun 3 Stonnen", "Franséisch ass guttgeheescht.")]
    public async Task ReviewPage_InTheUiCulture_ShowsTranslatedHeadingTableButtonsAndTimes(
        string culture, string heading, string captionStart, string caption, string[] columns, string approve, string requestChanges,
        string sendBack, string history, string state, string submitted, string approved)
    {
        var (id, slug) = await App.AssignedSampleAsync();
        await App.TranslateAllAsync(id, Language.Fr);
        await App.Get<ReviewService>().SubmitAsync(People.Francoise.Id, id, Language.Fr);
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(3).AddMinutes(5)));
        SignInAs(People.Ben);
        using var _ = new UiCulture(culture);

        var cut = Render<ReviewPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        cut.WaitForElement("table");
        Assert.Equal(heading, cut.Find("h1").TextContent);
        var shownCaption = cut.Find("caption").TextContent;
        Assert.StartsWith(captionStart + SampleRelease.Title, shownCaption, StringComparison.Ordinal);
        Assert.Contains(caption, shownCaption, StringComparison.Ordinal);
        Assert.Equal(columns, cut.FindAll("thead th").Select(th => th.TextContent));
        Assert.NotNull(cut.Find($"input[aria-label='{sendBack}']"));
        Assert.Contains(cut.FindAll("summary"), s => s.TextContent == history);
        var facts = Squeezed(cut.Find("h1 + p").TextContent);
        Assert.Contains(state, facts, StringComparison.Ordinal);
        Assert.Contains(submitted, facts, StringComparison.Ordinal);
        Assert.False(cut.Button(requestChanges).HasAttribute("disabled"));

        cut.Button(approve).Click();

        cut.WaitForAssertion(() => Assert.Equal(approved, cut.Find("[role=status]").TextContent.Trim()));
    }

    [Theory]
    [InlineData("zh-Hans", "分配法语", "“", "法语译员", new[] { "译员", "本新闻稿中的句段", "本新闻稿中的词数", "待处理句段（所有新闻稿）" },
        "全部分配给", "分配所有句段", "分配此范围", "在所选译员之间拆分", "的句段及其法语译员", "未分配", "全部 16 个句段已分配给 Claire。")]
    [InlineData("lb", "Franséisch zouweisen", "„", "Iwwersetzer fir Franséisch", new[] { "Iwwersetzer", "Segmenter an dëser Pressematdeelung", "Wierder an dëser Pressematdeelung", "Oppe Segmenter, all Pressematdeelungen" },
        "Alles zouweisen un", "All Segmenter zouweisen", "De Beräich zouweisen", "Ënnert den ausgewielten Iwwersetzer opdeelen", ": Segmenter a wie se iwwersetzt (Franséisch)", "Net zougewisen", "All 16 Segmenter sinn dem Claire zougewisen.")]
    public async Task AssignPage_InTheUiCulture_ShowsTranslatedHeadingsTablesButtonsAndConfirmation(
        string culture, string heading, string captionStart, string translators, string[] workloadColumns, string assignAllTo, string assignAll,
        string assignRange, string split, string segmentsCaption, string notAssigned, string assigned)
    {
        var (_, slug) = await App.StartedSampleAsync();
        SignInAs(People.Anna);
        using var _ = new UiCulture(culture);

        var cut = Render<AssignPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        cut.WaitForElement("#translators-heading");
        Assert.Equal(heading, cut.Find("h1").TextContent);
        Assert.Equal(translators, cut.Find("#translators-heading").TextContent);
        Assert.Equal(workloadColumns, cut.Find("section[aria-labelledby='translators-heading'] thead").QuerySelectorAll("th").Select(th => th.TextContent));
        Assert.Equal("assign-all-to", cut.FindAll("label").Single(l => l.TextContent == assignAllTo).GetAttribute("for"));
        Assert.NotNull(cut.Button(assignRange));
        Assert.NotNull(cut.Button(split));
        var segments = captionStart + SampleRelease.Title;
        Assert.Contains(segmentsCaption, cut.FindAll("caption").Single(c => c.TextContent.StartsWith(segments, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.All(cut.Rows(segments), r => Assert.Equal(notAssigned, r[3]));

        cut.ByLabel(assignAllTo).Change(People.Claire.Id);
        cut.Button(assignAll).Click();

        cut.WaitForAssertion(() => Assert.Equal(assigned, cut.Find("[role=status]").TextContent.Trim()));
        Assert.All(cut.Rows(segments), r => Assert.Equal("Claire", r[3]));
    }

    /// <summary>The text as read aloud: runs of white space (the markup's line breaks) as one space.</summary>
    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
