using Bunit;
using Translate.Testing;
using Translate.Web.Components.Pages.Memory;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>The translation memory page as an editor sees it in Chinese and in Luxembourgish.</summary>
public sealed class MemoryCultureTests : ComponentTest
{
    [Theory]
    [InlineData("zh-Hans", "翻译记忆库", "词语", "源语言", "目标语言", "搜索", "0 个单元", "导入", "TMX 文件", "下载全部语言对 (.tmx)")]
    [InlineData("lb", "Iwwersetzungsspäicher", "Wierder", "Quellsprooch", "Zilsprooch", "Sichen", "0 Eenheeten", "Import", "TMX-Datei", "All Sproochpairen eroflueden (.tmx)")]
    public void MemoryPage_InTheUiCulture_ShowsTranslatedHeadingsLabelsAndCount(
        string culture, string title, string words, string source, string target, string search, string count, string import, string file, string exportAll)
    {
        SignInAs(People.Anna);
        using var _ = new UiCulture(culture);

        var cut = Render<MemoryPage>();

        cut.WaitForAssertion(() => Assert.Equal(count, cut.Find("[role=status]").TextContent.Trim()));
        Assert.Equal(title, cut.Find("h1").TextContent);
        Assert.Equal("search", cut.ByLabel(words).GetAttribute("type"));
        Assert.Equal("select", cut.ByLabel(source).TagName.ToLowerInvariant());
        Assert.Equal("select", cut.ByLabel(target).TagName.ToLowerInvariant());
        Assert.NotNull(cut.Button(search));
        Assert.Equal(import, cut.Find("#memory-import-heading").TextContent);
        Assert.Equal(".tmx", cut.ByLabel(file).GetAttribute("accept"));
        Assert.Contains(cut.FindAll("a"), a => a.TextContent == exportAll);
    }
}
