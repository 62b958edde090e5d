using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>The request's culture from Accept-Language, the switcher's cookie and the signed-in person's profile, through HTTP.</summary>
public sealed class CultureSwitchTests : IAsyncLifetime
{
    private WebApp _app = null!;

    public async Task InitializeAsync() => _app = await WebApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SignInPage_WithoutAcceptLanguage_IsInEnglish()
    {
        var page = await Browser.Anonymous(_app).GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Sign in</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_WithAcceptLanguage_SpeaksTheBrowsersLanguage()
    {
        var client = Browser.Anonymous(_app);
        client.DefaultRequestHeaders.Add("Accept-Language", "fr-LU, fr;q=0.9, en;q=0.5");

        var page = await client.GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Connexion</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Mot de passe", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_InGerman_ShowsTheValidationMessagesInGerman()
    {
        var client = Browser.Anonymous(_app);
        client.DefaultRequestHeaders.Add("Accept-Language", "de-DE");

        var response = await Browser.SignInAsync(client, "", "");

        Assert.Contains("Geben Sie Ihre E-Mail-Adresse ein.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switcher_OnTheSignInPage_SetsTheCultureCookieAndComesBackInThatLanguage()
    {
        var client = Browser.Anonymous(_app);

        var response = await ClickLanguageAsync(client, "/Account/Login", "Lëtzebuergesch");

        Assert.Equal("/Account/Login", Browser.RedirectPath(response));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Dlb%7Cuic%3Dlb", StringComparison.Ordinal));
        var page = await client.GetStringAsync("/Account/Login");
        Assert.Contains("<html lang=\"lb\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Umeldung</h1>", page, StringComparison.Ordinal);
        Assert.Equal(["Lëtzebuergesch"], LanguageButtons(page).Where(b => b.GetAttribute("aria-current") == "true").Select(b => b.TextContent));
    }

    [Fact]
    public async Task Switcher_WithAReturnUrlOfAnotherSite_GoesHomeInstead()
    {
        var response = await PostCultureAsync(Browser.Anonymous(_app), "/Account/Login", "de", "//evil.example/phish");

        Assert.Equal("/", Browser.RedirectPath(response));
    }

    [Fact]
    public async Task Switcher_WithAnUnknownCulture_IsRefused()
    {
        var response = await PostCultureAsync(Browser.Anonymous(_app), "/Account/Login", "pt-BR", "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Switcher_WithoutAnAntiforgeryToken_IsRefused()
    {
        var response = await Browser.Anonymous(_app).PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "fr",
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Switcher_WhenSignedIn_StoresTheChoiceInTheProfileAndAppliesItAtTheNextSignIn()
    {
        var client = await Browser.SignedInAsync(_app, People.Zhang);

        await ClickLanguageAsync(client, "/not-found", "中文");

        Assert.Contains("<html lang=\"zh-Hans\">", await client.GetStringAsync("/not-found"), StringComparison.Ordinal);
        await using (var db = _app.NewContext())
        {
            Assert.Equal("zh-Hans", (await db.Users.SingleAsync(u => u.Id == People.Zhang.Id)).UiCulture);
        }

        // Another browser, with no culture cookie and an English Accept-Language: the profile wins once signed in.
        var elsewhere = Browser.Anonymous(_app);
        elsewhere.DefaultRequestHeaders.Add("Accept-Language", "en");
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SignInAsync(elsewhere, People.Email(People.Zhang), People.Password)).StatusCode);
        var page = await elsewhere.GetStringAsync("/not-found");
        Assert.Contains("<html lang=\"zh-Hans\">", page, StringComparison.Ordinal);
        Assert.Contains("退出登录", page, StringComparison.Ordinal);
    }

    /// <summary>Clicks the switcher's button named <paramref name="language"/> on the page at <paramref name="from"/>: posts its form as a browser would.</summary>
    private static async Task<HttpResponseMessage> ClickLanguageAsync(HttpClient client, string from, string language)
    {
        var form = Parse(await client.GetStringAsync(from)).QuerySelector("form.language-switcher")
            ?? throw new InvalidOperationException($"{from} has no language switcher.");
        var button = Assert.Single(form.QuerySelectorAll("button[type='submit']"), b => b.TextContent == language);
        var fields = form.QuerySelectorAll("input[type='hidden']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields[button.GetAttribute("name")!] = button.GetAttribute("value")!;
        return await client.PostAsync("/" + form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private static IEnumerable<IElement> LanguageButtons(string page) =>
        Parse(page).QuerySelectorAll("form.language-switcher button[name='culture']");

    private static IDocument Parse(string page) => new HtmlParser().ParseDocument(page);

    /// <summary>Posts the switcher's form with any culture, as a hand-made request could, antiforgery token included.</summary>
    private static async Task<HttpResponseMessage> PostCultureAsync(HttpClient client, string from, string culture, string returnUrl)
    {
        var page = await client.GetStringAsync(from);
        return await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browser.AntiforgeryToken(page),
            ["culture"] = culture,
            ["returnUrl"] = returnUrl,
        }));
    }
}
