using System.Globalization;
using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;
using Translate.Application.Exchange;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;
using Translate.Testing;
using Translate.Web.Components.Pages;
using Translate.Web.Components.Pages.Admin;
using Translate.Web.Components.Pages.Exchange;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>The people admin, the XLIFF upload page and the error pages in the UI language.</summary>
public sealed class AdminAndUploadCultureTests : ComponentTest
{
    [Theory]
    [InlineData("zh-Hans", "人员", "共 9 人拥有账户", "工作语言", "显示名称", "编辑", "法语（fr）", "添加人员", "停用 Lena", "编辑、译员", "已启用")]
    [InlineData("lb", "Persounen", "9 Persoune mat engem Kont", "Aarbechtssproochen", "Ugewisenen Numm", "Redakter", "Franséisch (fr)", "Persoun derbäisetzen", "Lena deaktivéieren", "Redakter, Iwwersetzer", "Aktiv")]
    public void PeoplePage_InTheUiCulture_ShowsTranslatedHeadingsLabelsButtonsAndStates(
        string culture, string title, string caption, string languagesColumn, string nameLabel, string editorRole, string french,
        string add, string disableLena, string claireRoles, string active)
    {
        SignInAs(People.Admin);
        using var _ = new UiCulture(culture);

        var cut = Render<PeoplePage>();

        cut.WaitForAssertion(() => Assert.Equal(caption, cut.Find("caption").TextContent));
        Assert.Equal(title, cut.Find("h1").TextContent);
        Assert.Contains(cut.FindAll("thead th"), th => th.TextContent == languagesColumn);
        Assert.Equal(nameLabel, cut.Find("label[for='new-name']").TextContent);
        Assert.Equal(editorRole, cut.Find("label[for='new-role-editor']").TextContent);
        Assert.Equal(french, cut.Find("label[for='new-language-fr']").TextContent);
        Assert.Equal(add, cut.Find("button[type='submit']").TextContent);
        Assert.NotNull(cut.Find($"button[aria-label='{disableLena}']"));
        var claire = cut.FindAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Claire").QuerySelectorAll("td");
        Assert.Equal((claireRoles, active), (claire[1].TextContent, claire[3].TextContent.Trim()));
    }

    [Theory]
    [InlineData("en", "Enter a display name for the person.")]
    [InlineData("zh-Hans", "请输入此人的显示名称。")]
    [InlineData("lb", "Gitt den ugewisenen Numm vun der Persoun an.")]
    public void PeoplePage_AddingWithoutAName_ShowsTheValidationMessageInTheUiCultureAndAddsNoOne(string culture, string message)
    {
        SignInAs(People.Admin);
        using var _ = new UiCulture(culture);
        var cut = Render<PeoplePage>();
        cut.WaitForAssertion(() => cut.Find("table"));

        cut.Find("#new-email").Change("greta@test.lu");
        cut.Find("#new-password").Change("Strong-password-9");
        cut.Find("form").Submit();

        Assert.Equal([message], cut.FindAll(".validation-message").Select(m => m.TextContent));
        Assert.Equal(9, cut.FindAll("tbody tr").Count);
    }

    [Theory]
    [InlineData("zh-Hans", "用于离线翻译的 XLIFF：法语（fr）", "下载", "上传", "已翻译的 XLIFF 文件", "下载 XLIFF 2.1")]
    [InlineData("lb", "XLIFF fir d’Offline-Iwwersetzung: Franséisch (fr)", "Eroflueden", "Eroplueden", "Iwwersat XLIFF-Datei", "XLIFF 2.1 eroflueden")]
    public async Task UploadXliffPage_InTheUiCulture_ShowsTranslatedHeadingsLabelAndDownloads(
        string culture, string title, string download, string upload, string fileLabel, string download21)
    {
        var (_, slug) = await App.AssignedSampleAsync();
        SignInAs(People.Francoise);
        using var _ = new UiCulture(culture);

        var cut = Render<UploadXliffPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        Assert.Equal(title, cut.Find("h1").TextContent);
        Assert.Equal(download, cut.Find("#download-heading").TextContent);
        Assert.Equal(upload, cut.Find("#upload-heading").TextContent);
        Assert.Equal(".xlf,.xliff", cut.ByLabel(fileLabel).GetAttribute("accept"));
        Assert.Equal($"releases/{slug}/xliff/fr.xlf", cut.FindAll("a").Single(a => a.TextContent == download21).GetAttribute("href"));
    }

    [Theory]
    [InlineData("zh-Hans", "sample-fr.xlf 所做的更改", "已应用 1 个，未更改 15 个，已拒绝 0 个。", "句段", "已应用", "未更改", "（相同）")]
    [InlineData("lb", "Wat sample-fr.xlf geännert huet", "1 iwwerholl, 15 onverännert, 0 refuséiert.", "Segment", "Iwwerholl", "Onverännert", "(d’selwecht)")]
    public async Task UploadXliffPage_Summary_CountsAndOutcomesInTheUiCulture(
        string culture, string heading, string counts, string segmentColumn, string applied, string unchanged, string same)
    {
        var (_, slug) = await App.AssignedSampleAsync();
        var file = await FilledAsync(slug, Language.Fr, u => u.SegmentNumber == 1 ? SampleRelease.Segments[0].Text[Language.Fr] : null);
        SignInAs(People.Francoise);
        using var _ = new UiCulture(culture);
        var cut = Render<UploadXliffPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(file, "sample-fr.xlf"));

        cut.WaitForAssertion(() => Assert.Equal(counts, cut.Find("[role=status]").TextContent.Trim()));
        Assert.Equal(heading, cut.Find("#summary-heading").TextContent);
        Assert.Equal(segmentColumn, cut.Find("thead th").TextContent);
        var rows = cut.FindAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(applied, rows[0][1]);
        Assert.Equal((unchanged, same), (rows[2][1], rows[2][3]));
    }

    [Theory]
    [InlineData("zh-Hans", "sample-de.xlf 被拒绝：文件的目标语言是 de，但应为 fr")]
    [InlineData("lb", "sample-de.xlf gouf refuséiert: D’Zilsprooch vun der Datei ass de, mä fr gouf erwaart")]
    public async Task UploadXliffPage_AnotherLanguagesFile_IsRefusedInOneSentenceOfTheUiCulture(string culture, string refusal)
    {
        var (_, slug) = await App.AssignedSampleAsync();
        var german = await FilledAsync(slug, Language.De, _ => "Text");
        SignInAs(People.Francoise);
        using var _ = new UiCulture(culture);
        var cut = Render<UploadXliffPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(german, "sample-de.xlf"));

        cut.WaitForAssertion(() => Assert.StartsWith(refusal, cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void UploadXliffPage_ForAnUnknownLanguageCode_SaysSoInTheUiCulture()
    {
        SignInAs(People.Francoise);
        using var _ = new UiCulture("zh-Hans");

        var cut = Render<UploadXliffPage>(p => p.Add(x => x.Slug, "any").Add(x => x.Lang, "pt"));

        Assert.Equal("未找到", cut.Find("h1").TextContent);
        Assert.Equal("“pt”不是 en、fr、de、lb、zh 中的任何一种语言。", cut.Find("p.message.error").TextContent);
    }

    [Theory]
    [InlineData("lb", "Eppes ass schifgaang", "Referenz:")]
    [InlineData("fr", "Une erreur s’est produite", "Référence\u00a0:")]
    public void ErrorPage_InTheUiCulture_ShowsTheHeadingAndTheReferenceLabel(string culture, string heading, string reference)
    {
        using var _ = new UiCulture(culture);

        var cut = Render<Error>(p => p.AddCascadingValue<HttpContext>(new DefaultHttpContext { TraceIdentifier = "trace-1" }));

        Assert.Equal(heading, cut.Find("h1").TextContent);
        Assert.Equal($"{reference} trace-1", cut.FindAll("p")[1].TextContent);
    }

    private async Task<byte[]> FilledAsync(string slug, Language language, Func<BilingualUnit, string?> target)
    {
        var file = await App.Get<BilingualExchange>().DownloadXliffAsync(People.Anna.Id, slug, language, XliffVersion.Xliff21);
        var document = Xliff2Reader.Read(new MemoryStream(file.Content), ReaderLimits.Default);
        return InterchangeFiles.Xliff(slug, document with
        {
            Units = [.. document.Units.Select(u => target(u) is { } text ? u with { Target = InlineText.Plain(text) } : u)],
        }, XliffVersion.Xliff21).Content;
    }
}

/// <summary>The pages a person reaches when something is missing, forbidden or locked, in the language of the request.</summary>
public sealed class ErrorPagesCultureTests : IAsyncLifetime
{
    private WebApp _app = null!;

    public async Task InitializeAsync() => _app = await WebApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/not-found", "fr-LU, fr;q=0.9", "<h1>Page introuvable</h1>", "Il n’y a rien à cette adresse.")]
    [InlineData("/Account/AccessDenied", "zh-CN", "<h1>无权访问</h1>", "返回新闻稿列表")]
    [InlineData("/Account/Lockout", "fr", "<h1>Compte verrouillé</h1>", "ce compte est verrouillé pendant 15 minutes")]
    [InlineData("/Account/Lockout", "zh-CN, zh;q=0.9", "<h1>账户已锁定</h1>", "此账户已被锁定 ")]
    public async Task Page_WithAcceptLanguage_SpeaksTheBrowsersLanguage(string path, string acceptLanguage, string heading, string text)
    {
        var client = await Browser.SignedInAsync(_app, People.Luc);
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var page = await client.GetStringAsync(path);

        Assert.Contains(heading, page, StringComparison.Ordinal);
        Assert.Contains(text, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAddress_WithTheChineseCultureCookie_Is404InChinese()
    {
        var client = Browser.Anonymous(_app);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dzh-Hans%7Cuic%3Dzh-Hans");

        var response = await client.GetAsync("/Account/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>未找到页面</h1>", page, StringComparison.Ordinal);
        Assert.Contains("此地址下没有任何内容。", page, StringComparison.Ordinal);
    }
}
