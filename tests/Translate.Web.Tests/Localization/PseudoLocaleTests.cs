using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Translate.Application.Assignments;
using Translate.Application.Editing;
using Translate.Application.Releases;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Users;
using Translate.Testing;
using Translate.Web.Components.Layout;
using Translate.Web.Components.Pages;
using Translate.Web.Components.Pages.Admin;
using Translate.Web.Components.Pages.Assign;
using Translate.Web.Components.Pages.Exchange;
using Translate.Web.Components.Pages.Glossaries;
using Translate.Web.Components.Pages.Memory;
using Translate.Web.Components.Pages.Releases;
using Translate.Web.Components.Pages.Review;
using Translate.Web.Localization;
using Translate.Web.Tests.Support;
using TranslationEditor = Translate.Web.Components.Pages.Editor.Editor;

namespace Translate.Web.Tests.Localization;

/// <summary>
/// Every routable page, and the layout, rendered in the pseudo-locale (see <see cref="PseudoLocale"/>): any Latin word
/// outside the ⟦ ⟧ markers that is not data (the release's texts, people, codes, formats) is a hard-coded English string.
/// </summary>
public sealed partial class PseudoLocaleTests : ComponentTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly LocaleStrings Pseudo = PseudoLocale.Over(LocaleStrings.Load(Path.Combine(AppContext.BaseDirectory, "locales")));

    /// <summary>The attributes people read or hear: their values are UI text too.</summary>
    private static readonly string[] SpokenAttributes = ["aria-label", "aria-description", "title", "placeholder", "alt"];

    /// <summary>Key caps the keyboard help shows as they are printed on keys.</summary>
    private static readonly HashSet<string> KeyNames = ["Ctrl", "Alt", "Shift", "Enter", "Tab", "Esc"];

    /// <summary>Names of formats, file types and the time standard, the same in every language.</summary>
    private static readonly string[] StandardNames = ["XLIFF", "TMX", ".docx", ".xlf", ".zip", ".txt", ".md", ".html", ".json", "Markdown", "HTML", "UTC"];

    private string _slug = "";

    public PseudoLocaleTests()
    {
        // Ahead of the app's own: the bUnit container answers first, the app's services are its fallback.
        Services.AddSingleton(Pseudo);
        Services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        Services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
    }

    /// <summary>Every route of the app, found by reflection, so a new page fails here until it is covered.</summary>
    public static TheoryData<string> Routes() =>
    [
        .. typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Page_InThePseudoLocale_ShowsNoEnglishUiText(string route)
    {
        _slug = await ShowingMostUiAsync();
        using var _ = new UiCulture(PseudoLocale.Culture);

        var markup = route switch
        {
            "/" => Page<Home>(People.Anna),
            "/not-found" => Page<NotFound>(People.Anna),
            "/error" => Page<Error>(People.Anna),
            "/releases" => Page<ReleasesPage>(People.Anna, "table"),
            "/releases/new" => Page<NewReleasePage>(People.Anna, "form", submitEmpty: true),
            "/releases/{Slug}" => Page<ReleasePage>(People.Anna, "table", p => p.Add(x => x.Slug, _slug)),
            "/releases/{Slug}/translate/{Lang}" => Page<TranslationEditor>(People.Lena, "tr.segment", p => p.Add(x => x.Slug, _slug).Add(x => x.Lang, "lb")),
            "/releases/{Slug}/review/{Lang}" => Page<ReviewPage>(People.Ben, "table", p => p.Add(x => x.Slug, _slug).Add(x => x.Lang, "fr")),
            "/releases/{Slug}/assign/{Lang}" => Page<AssignPage>(People.Anna, "#translators-heading", p => p.Add(x => x.Slug, _slug).Add(x => x.Lang, "lb")),
            "/releases/{Slug}/upload/{Lang}" => Page<UploadXliffPage>(People.Lena, "#xliff-file", p => p.Add(x => x.Slug, _slug).Add(x => x.Lang, "lb")),
            "/memory" => Page<MemoryPage>(People.Anna, "table"),
            "/admin/users" => Page<PeoplePage>(People.Admin, "table", submitEmpty: true),
            "/glossary" => Page<GlossaryPage>(People.Anna, "table"),
            "/Account/Login" or "/Account/Lockout" or "/Account/AccessDenied" => await OverHttpAsync(route),
            _ => throw new Xunit.Sdk.XunitException($"{route} is not rendered in the pseudo-locale: add it to {nameof(PseudoLocaleTests)}."),
        };

        AssertNoEnglish(route, markup, [_slug]);
    }

    [Fact]
    public void Layout_InThePseudoLocale_ShowsNoEnglishUiText()
    {
        SignInAs(People.Admin);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        using var _ = new UiCulture(PseudoLocale.Culture);

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "⟦body⟧"))));

        AssertNoEnglish("MainLayout", cut.Nodes, []);
    }

    [Fact]
    public void Pseudo_KeepsPlaceholdersAndBraces_AndAccentsAndLengthensTheRest()
    {
        var pseudo = PseudoLocale.Pseudo("Saved {0} of {1:N0} {{ok}}");

        Assert.Equal("⟦Šåṽéđ {0} öƒ {1:N0} {{öķ}}··········⟧", pseudo);
        Assert.Equal("⟦Šåṽéđ 3 öƒ 1,200 {öķ}··········⟧", string.Format(System.Globalization.CultureInfo.InvariantCulture, pseudo, 3, 1200));
        Assert.Equal("a  b", PseudoLocale.WithoutPseudoText("a ⟦x ⟦y⟧ z⟧ b"));
    }

    /// <summary>
    /// The sample release where most of the UI shows: under embargo, started and assigned, German approved,
    /// French submitted for review, Luxembourgish partly translated, Chinese not begun.
    /// </summary>
    private async Task<string> ShowingMostUiAsync()
    {
        var embargo = new Embargo(DateTime.UtcNow.Date.AddDays(10).AddHours(10));
        var release = await App.Get<ReleaseService>().CreateAsync(People.Anna.Id, new NewRelease(
            SampleRelease.Title, Language.En, null, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5)), embargo, SampleRelease.Text(Language.En)));
        await App.Get<ReleaseService>().StartTranslationAsync(People.Anna.Id, release.Id);
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await App.Get<AssignmentService>().AssignAllAsync(People.Anna.Id, release.Id, language, translator.Id);
        }

        await App.ApproveAsync(release.Id, Language.De);
        await App.TranslateAllAsync(release.Id, Language.Fr);
        await App.Get<ReviewService>().SubmitAsync(People.Francoise.Id, release.Id, Language.Fr);
        foreach (var number in new[] { 1, 2, 3 })
        {
            var translation = await App.TranslationAsync(release.Id, number, Language.Lb);
            await App.Get<TranslationService>().SaveAsync(People.Lena.Id, release.Id, translation.SegmentId, Language.Lb,
                SampleRelease.Segments[number - 1].Text[Language.Lb], translation.Version, number == 3 ? TranslationState.Draft : TranslationState.Translated);
        }

        return release.Slug;
    }

    /// <summary>The page once loaded; with <paramref name="submitEmpty"/>, after its first form is sent empty, so its validation messages show too.</summary>
    private INodeList Page<TPage>(Actor person, string? shownWhenLoaded = null, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null,
        bool submitEmpty = false)
        where TPage : IComponent
    {
        SignInAs(person);
        var cut = Render(parameters ?? (_ => { }));
        if (shownWhenLoaded is not null)
        {
            cut.WaitForElement(shownWhenLoaded, Patience);
        }

        if (submitEmpty)
        {
            cut.Find("form").Submit();
            cut.WaitForElement("[role=alert], .validation-message", Patience);
        }

        return cut.Nodes;
    }

    /// <summary>The static account pages, through the whole app with the pseudo-locale's strings and the culture cookie.</summary>
    private async Task<INodeList> OverHttpAsync(string route)
    {
        await using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(Pseudo)));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dzh-Hans%7Cuic%3Dzh-Hans");
        var html = await client.GetStringAsync(route);
        Assert.Contains(PseudoLocale.Open.ToString(), html, StringComparison.Ordinal);
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return document.ChildNodes;
    }

    private static void AssertNoEnglish(string page, INodeList nodes, IReadOnlyList<string> pageData)
    {
        var data = Data().Concat(pageData).OrderByDescending(d => d.Length).ToList();
        var english = new List<string>();
        foreach (var node in nodes.SelectMany(n => n.GetDescendantsAndSelf()))
        {
            switch (node)
            {
                case IText text when text.ParentElement?.LocalName is not ("script" or "style")
                    && !(text.ParentElement?.LocalName == "kbd" && IsKeyName(text.Data.Trim())):
                    Check(text.Data, text.ParentElement?.LocalName ?? "#text");
                    break;
                case IElement element:
                    foreach (var name in SpokenAttributes)
                    {
                        Check(element.GetAttribute(name), $"{element.LocalName}[{name}]");
                    }

                    // An input button shows its value; a <button>'s value is only what the form sends.
                    if (element.LocalName == "input" && element.GetAttribute("type") is "submit" or "button" or "reset")
                    {
                        Check(element.GetAttribute("value"), $"{element.LocalName}[value]");
                    }

                    break;
            }
        }

        Assert.True(english.Count == 0, $"{page} shows English UI text outside the pseudo-locale:\n{string.Join("\n", english.Distinct())}");

        void Check(string? shown, string where)
        {
            if (shown is not null && !IsShortened(shown, data) && HasLatinLetters(WithoutData(PseudoLocale.WithoutPseudoText(shown), data)))
            {
                english.Add($"  {where}: \"{shown.Trim()}\"");
            }
        }
    }

    /// <summary>The start of a datum cut short with an ellipsis, as a table shows a long segment.</summary>
    private static bool IsShortened(string shown, IReadOnlyList<string> data) =>
        shown.Trim() is [.. var start, '…'] && data.Any(d => d.StartsWith(start.TrimEnd(), StringComparison.Ordinal));

    private static bool IsKeyName(string text) => KeyNames.Contains(text) || text is [>= 'A' and <= 'Z'];

    /// <summary>What a page shows as it is in every language: the release's texts, people, codes, formats, the brand.</summary>
    private static IEnumerable<string> Data()
    {
        return SampleRelease.Segments.SelectMany(s => s.Text.Values)
            .Concat(People.Cast.Select(People.Email))
            .Concat(People.Cast.Select(p => p.Name))
            .Concat(UiCultures.All.Select(UiCultures.NativeName))
            .Concat(StandardNames)
            .Append("Translate");
    }

    private static string WithoutData(string text, IReadOnlyList<string> data)
    {
        foreach (var value in data)
        {
            text = text.Replace(value, " ", StringComparison.Ordinal);
        }

        return LanguageCode().Replace(text, " ");
    }

    private static bool HasLatinLetters(string text) => LatinLetter().IsMatch(text);

    [GeneratedRegex(@"\b(?:en|fr|de|lb|zh|zh-Hans)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"(?=\p{L})[A-Za-z\u00C0-\u024F]", RegexOptions.CultureInvariant)]
    private static partial Regex LatinLetter();
}
