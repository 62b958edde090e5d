using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Users;
using Translate.EndToEnd.Support;
using Translate.Testing;

namespace Translate.EndToEnd;

/// <summary>
/// Every main page, as the person who uses it sees it, checked with axe-core (the engine from npm, bundled by
/// Deque.AxeCore.Playwright and injected into the page through Playwright): no serious or critical violation.
/// Each page is also kept as a screenshot. The story and the conflict test check the pages again in the states they reach.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(Chromium chromium, AccessibilityTests.SampleApp app) : IClassFixture<AccessibilityTests.SampleApp>
{
    private static readonly Dictionary<string, Actor> Cast = new[] { People.Anna, People.Ben, People.Admin, People.Dieter }.ToDictionary(p => p.Id);

    [BrowserTheory]
    [InlineData("releases", "anna", "releases")]
    [InlineData("releases/{slug}", "anna", "release")]
    [InlineData("releases/{slug}/translate/de", "dieter", "editor-de")]
    [InlineData("releases/{slug}/review/fr", "ben", "review-fr")]
    [InlineData("releases/{slug}/assign/lb", "anna", "assign-lb")]
    [InlineData("releases/new", "anna", "new-release-empty")]
    [InlineData("admin/users", "root", "people")]
    [InlineData("releases", "dieter", "releases-translator")]
    public async Task Page_HasNoSeriousOrCriticalAccessibilityViolations(string path, string person, string screenshot)
    {
        var page = await chromium.SignInAsync(app, Cast[person]);
        await using var context = page.Context;
        await page.OpenAsync(path.Replace("{slug}", app.Slug, StringComparison.Ordinal));
        await page.Locator("h1").WaitForAsync();

        await Screenshots.TakeAsync(page, screenshot);
        await page.AssertNoSeriousViolationsAsync();
    }

    [BrowserFact]
    public async Task SignInPage_HasNoSeriousOrCriticalAccessibilityViolations()
    {
        var context = await chromium.NewContextAsync(app);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("Account/Login");

        await Screenshots.TakeAsync(page, "sign-in");
        await page.AssertNoSeriousViolationsAsync();
    }

    /// <summary>The app with the sample release in translation: French submitted for review, German half typed.</summary>
    public sealed class SampleApp : AppServer
    {
        public string Slug { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Slug = await this.AssignedSampleAsync(SampleRelease.Title);
            await this.TranslateAsync(Slug, Language.Fr, SampleRelease.Segments.Count);
            await Get<ReviewService>().SubmitAsync(People.Francoise.Id, await this.ReleaseIdAsync(Slug), Language.Fr);
            await this.TranslateAsync(Slug, Language.De, SampleRelease.Segments.Count / 2);
        }
    }
}
