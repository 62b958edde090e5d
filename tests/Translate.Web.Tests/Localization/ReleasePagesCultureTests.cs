using System.Globalization;
using Bunit;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Components.Pages.Releases;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>The release page and the new release page as an editor sees them in Chinese and in Luxembourgish.</summary>
public sealed class ReleasePagesCultureTests : ComponentTest
{
    [Theory]
    [InlineData("zh-Hans", "语言", "发布", "导出", "原文（en）", "分配 zh", "16/16 个句段", "下载翻译记忆库 (.tmx)", "en，16 个句段", "暂时无法发布：")]
    [InlineData("lb", "Sproochen", "Verëffentlechung", "Export", "Quelltext (en)", "lb zouweisen", "16 vun 16 Segmenter", "Iwwersetzungsspäicher eroflueden (.tmx)", "en, 16 Segmenter", "Verëffentlechen ass nach net méiglech:")]
    public async Task ReleasePage_InTheUiCulture_ShowsTranslatedHeadingsLabelsAndCounts(
        string culture, string languages, string publication, string export, string source, string assignZh, string approvedFr, string tmx, string sourceFacts, string gate)
    {
        var (id, slug) = await App.AssignedSampleAsync();
        await App.ApproveAsync(id, Language.Fr);
        SignInAs(People.Anna);
        using var _ = new UiCulture(culture);

        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("table.matrix tbody tr").Count));
        Assert.Equal(languages, cut.Find("#languages-heading").TextContent);
        Assert.Equal(publication, cut.Find("#publication-heading").TextContent);
        Assert.Equal(export, cut.Find("#export-heading").TextContent);
        Assert.Equal(source, cut.Find("#source-heading").TextContent);
        Assert.NotNull(cut.Find($"a[aria-label='{assignZh}']"));
        Assert.Contains(approvedFr, cut.FindAll("table.matrix tbody tr")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(tmx, cut.Find("a[href$='export.tmx']").TextContent);
        Assert.Contains(sourceFacts, cut.Find("dl.facts").TextContent, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal(gate, cut.Find("#gate-reasons-heading").TextContent));
    }

    [Theory]
    [InlineData("zh-Hans", "新建新闻稿", "源语言", "目标语言", "截止日期", "创建新闻稿", "预览分段", "个句段", "1 · 标题")]
    [InlineData("lb", "Nei Pressematdeelung", "Quellsprooch", "Zilsproochen", "Delai", "Pressematdeelung uleeën", "Segmentéierung ukucken", "16 Segmenter", "1 · Titel")]
    public void NewReleasePage_InTheUiCulture_ShowsTranslatedLabelsAndSegmentationPreview(
        string culture, string title, string sourceLanguage, string targets, string dueDate, string create, string preview, string segments, string firstBlock)
    {
        SignInAs(People.Anna);
        using var _ = new UiCulture(culture);

        var cut = Render<NewReleasePage>();
        Type("source-text", SampleRelease.Text(Language.En));
        cut.FindAll("button").Single(b => b.TextContent == preview).Click();
        cut.WaitForElement("section[aria-labelledby='segmentation-preview'] p");

        Assert.Equal(title, cut.Find("h1").TextContent);
        Assert.Equal(sourceLanguage, cut.Find("label[for='source-language']").TextContent);
        Assert.Equal(targets, cut.Find("legend").TextContent);
        Assert.Equal(dueDate, cut.Find("label[for='due-date']").TextContent);
        Assert.Equal(create, cut.Find("button[type='submit']").TextContent);
        Assert.Contains(segments, cut.Find("section[aria-labelledby='segmentation-preview'] p").TextContent, StringComparison.Ordinal);
        Assert.Equal(firstBlock, cut.FindAll("tbody tr")[0].QuerySelectorAll("td")[1].TextContent);
    }
}
