using Microsoft.Playwright;
using Translate.Domain.Languages;
using Translate.EndToEnd.Support;
using Translate.Testing;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd;

/// <summary>
/// A translator switches the app's own language with one click in the header: the page they are on comes back in
/// that language, the next pages follow, and the choice is kept in their profile for the next sign-in, anywhere.
/// A browser that never chose gets the language it asks for.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LanguageSwitchTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    [BrowserFact]
    public async Task Switcher_ReloadsThePageInTheChosenLanguage_AndTheProfileKeepsItForTheNextSignIn()
    {
        var slug = await app.AssignedSampleAsync("Languages of the press office");
        await app.TranslateAsync(slug, Language.Zh, 4);
        var zhang = await chromium.SignInAsync(app, People.Zhang);
        await using (zhang.Context)
        {
            await ChineseAsync(zhang, slug);
            await LuxembourgishAsync(zhang, slug);
            await SignOutAndInAgainAsync(zhang);
        }

        // Another machine, an English browser: once Zhang signs in, the profile's choice wins.
        var elsewhere = await chromium.SignInAsync(app, People.Zhang);
        await using (elsewhere.Context)
        {
            await ExpectLuxembourgishReleasesAsync(elsewhere);
        }
    }

    [BrowserFact]
    public async Task ABrowserThatNeverChose_SpeaksItsAcceptLanguage()
    {
        // The shared contexts are English; this one is a browser set up in Luxembourg's French, which Chromium
        // sends as its Accept-Language (an extra header would not replace the locale's).
        IBrowser browser;
        await using (var english = await chromium.NewContextAsync(app))
        {
            browser = english.Browser!;
        }

        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString(), Locale = "fr-LU" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("Account/Login");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Heading("Connexion")).ToBeVisibleAsync();
        await Expect(Choice(page, "Langue", "Français")).ToHaveAttributeAsync("aria-current", "true");
        await page.Field("Adresse e-mail").FillAsync(People.Email(People.Francoise));
        await page.Field("Mot de passe").FillAsync(People.Password);
        await page.Button("Se connecter").ClickAsync();
        await page.WaitForCircuitAsync();
        await Expect(page.Heading("Communiqués")).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
    }

    /// <summary>One click on 中文 on the releases page: the same page, in Chinese; the release page and editor follow.</summary>
    private static async Task ChineseAsync(IPage zhang, string slug)
    {
        await Expect(zhang.Heading("Releases")).ToBeVisibleAsync();
        var releases = zhang.Url;

        await Choice(zhang, "Language", "中文").ClickAsync();

        await Expect(zhang.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await zhang.WaitForCircuitAsync();
        Assert.Equal(releases, zhang.Url);
        await Expect(zhang.Heading("新闻稿")).ToBeVisibleAsync();
        await Expect(zhang.Heading("我的任务")).ToBeVisibleAsync();
        var nav = zhang.GetByRole(AriaRole.Navigation, new() { Name = "主菜单", Exact = true });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "新闻稿", Exact = true })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true })).ToBeVisibleAsync();
        await Expect(Choice(zhang, "语言", "中文")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(Choice(zhang, "语言", "English")).Not.ToHaveAttributeAsync("aria-current", "true");
        await zhang.AssertNoSeriousViolationsAsync();

        await zhang.OpenAsync($"releases/{slug}");
        await Expect(zhang.Heading("语言")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(zhang, "zh-release-page");

        await zhang.OpenAsync($"releases/{slug}/translate/zh");
        await Expect(zhang.Field("显示")).ToBeVisibleAsync();
        await Expect(zhang.Link("新闻稿页面")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(zhang, "zh-editor");
    }

    /// <summary>In the editor, Lëtzebuergesch by keyboard: the editor comes back in Luxembourgish, then the releases.</summary>
    private static async Task LuxembourgishAsync(IPage zhang, string slug)
    {
        var editor = zhang.Url;
        await Choice(zhang, "语言", "Lëtzebuergesch").FocusAsync();
        await zhang.Keyboard.PressAsync("Enter");

        await Expect(zhang.Locator("html")).ToHaveAttributeAsync("lang", "lb");
        await zhang.WaitForCircuitAsync();
        Assert.Equal(editor, zhang.Url);
        await Expect(zhang.Field("Weisen")).ToBeVisibleAsync();
        await Expect(zhang.Link("Säit vun der Pressematdeelung")).ToBeVisibleAsync();
        await Expect(Choice(zhang, "Sprooch", "Lëtzebuergesch")).ToHaveAttributeAsync("aria-current", "true");
        await Screenshots.TakeAsync(zhang, "lb-editor");

        await zhang.OpenAsync("releases");
        await ExpectLuxembourgishReleasesAsync(zhang);
        await Screenshots.TakeAsync(zhang, "lb-releases");
        await zhang.OpenAsync($"releases/{slug}");
        await Expect(zhang.Heading("Sproochen")).ToBeVisibleAsync();
    }

    /// <summary>Signs out and in again through the sign-in form, which is in Luxembourgish too.</summary>
    private static async Task SignOutAndInAgainAsync(IPage zhang)
    {
        await zhang.Button("Ofmellen").ClickAsync();
        await Expect(zhang.Heading("Umeldung")).ToBeVisibleAsync();
        await Expect(Choice(zhang, "Sprooch", "Lëtzebuergesch")).ToHaveAttributeAsync("aria-current", "true");

        await zhang.Field("E-Mail-Adress").FillAsync(People.Email(People.Zhang));
        await zhang.Field("Passwuert").FillAsync(People.Password);
        await zhang.Button("Umellen").ClickAsync();
        await zhang.WaitForCircuitAsync();
        await ExpectLuxembourgishReleasesAsync(zhang);
    }

    private static async Task ExpectLuxembourgishReleasesAsync(IPage page)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "lb");
        await Expect(page.Heading("Pressematdeelungen")).ToBeVisibleAsync();
        await Expect(page.Heading("Meng Aarbecht")).ToBeVisibleAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Haaptmenü", Exact = true });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Pressematdeelungen", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>A language's button in the switcher, the group named as the page's language calls it.</summary>
    private static ILocator Choice(IPage page, string group, string language) =>
        page.GetByRole(AriaRole.Group, new() { Name = group, Exact = true })
            .GetByRole(AriaRole.Button, new() { Name = language, Exact = true });
}
