using System.Globalization;
using Bunit;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Testing;
using Translate.Web.Components.Pages.Releases;
using Translate.Web.Components.Shared;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>The shared components and the releases list as a person sees them in the UI culture of their circuit.</summary>
public sealed class SharedCultureTests : ComponentTest
{
    [Theory]
    [InlineData("zh-Hans", ReleaseStatus.InTranslation, "翻译中")]
    [InlineData("zh-Hans", LanguageState.ChangesRequested, "需修改")]
    [InlineData("lb", LanguageState.ChangesRequested, "Ännerunge gefrot")]
    [InlineData("lb", TranslationState.NeedsUpdate, "Muss aktualiséiert ginn")]
    [InlineData("en", TranslationState.NeedsUpdate, "Needs update")]
    public void StateBadge_InTheUiCulture_ShowsTheStateInThatLanguage(string culture, object state, string expected)
    {
        using var _ = new UiCulture(culture);

        var cut = Render<StateBadge>(p => p.Add(x => x.State, (Enum)state));

        Assert.Equal(expected, cut.Find("span.state").TextContent);
    }

    [Fact]
    public async Task ReleasesPage_InChinese_IsInChinese()
    {
        var (id, _) = await App.AssignedSampleAsync();
        await App.ApproveAsync(id, Language.Fr);
        SignInAs(People.Anna);
        using var _ = new UiCulture("zh-Hans");

        var cut = Render<ReleasesPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("table.releases tbody tr")));
        Assert.Equal("新闻稿", cut.Find("h1").TextContent);
        Assert.Equal("新建新闻稿", cut.Find("a.button.primary").TextContent);
        Assert.Equal("状态", cut.Find("label[for='status-filter']").TextContent);
        Assert.Equal(
            ["全部状态", "草稿", "翻译中", "待发布", "已发布"],
            cut.FindAll("#status-filter option").Select(o => o.TextContent));
        Assert.Equal(
            ["新闻稿", "状态", "源语言", "截止日期", "最近活动", "语言"],
            cut.FindAll("table.releases th").Select(th => th.TextContent));
        var row = cut.Find("table.releases tbody tr");
        Assert.Equal("翻译中", row.QuerySelector("span.state")!.TextContent);
        Assert.Contains("已翻译 16/16，已批准 16", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[aria-label='fr：已翻译 16/16 个句段，已批准 16 个']"));
        Assert.Matches(@"^(今天到期|\d+ 天后到期|已逾期 \d+ 天)$", row.QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task ReleasesPage_InLuxembourgish_ShowsMyWorkInLuxembourgish()
    {
        await App.AssignedSampleAsync();
        SignInAs(People.Zhang);
        using var _ = new UiCulture("lb");

        var cut = Render<ReleasesPage>();

        cut.WaitForAssertion(() => Assert.Equal("Meng Aarbecht", cut.Find("h2#my-work").TextContent));
        Assert.Equal("Pressematdeelungen", cut.Find("h1").TextContent);
        var work = cut.Find("section[aria-labelledby='my-work']");
        Assert.Equal(["Pressematdeelung", "Sprooch", "Oppen", "Delai"], work.QuerySelectorAll("th").Select(th => th.TextContent));
        Assert.Contains("16/16 Segmenter (", work.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sprooch", cut.Find("label[for='language-filter']").TextContent);
        Assert.Equal("All Sproochen", cut.Find("#language-filter option").TextContent);
        Assert.Equal("Gëtt iwwersat", cut.Find("table.releases span.state").TextContent);
    }
}
