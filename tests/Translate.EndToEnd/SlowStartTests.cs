using Microsoft.Playwright;
using Translate.EndToEnd.Support;
using Translate.Testing;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd;

/// <summary>
/// On a slow connection a page is shown before it is live. What is typed then would be wiped when it becomes live,
/// so the page says it is loading and takes no typing until it can keep it.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SlowStartTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    [BrowserFact]
    public async Task TheNewReleasePage_BeforeItIsLive_SaysItIsLoadingAndKeepsWhatIsTypedOnceLive()
    {
        await using var people = new Sessions(chromium, app);
        var anna = await people.OfAsync(People.Anna);
        await anna.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            await route.ContinueAsync();
        });

        // Not waiting for the load event, which waits for the late script too: the page is looked at as soon as it shows.
        await anna.GotoAsync("releases/new", new() { WaitUntil = WaitUntilState.Commit });
        var title = anna.Field("Title");
        await Expect(title).ToBeDisabledAsync();
        await Expect(anna.GetByRole(AriaRole.Status).Filter(new() { HasText = "Loading…" })).ToBeVisibleAsync();

        // Playwright types as a person would, as soon as the field takes it.
        await title.FillAsync("Typed on a slow line");
        await anna.WaitForCircuitAsync();
        await Expect(anna.GetByRole(AriaRole.Status).Filter(new() { HasText = "Loading…" })).ToHaveCountAsync(0);
        await anna.GetByRole(AriaRole.Textbox, new() { Name = "Source text", Exact = true }).FillAsync("One sentence to translate.");
        await anna.Button("Create release").ClickAsync();

        await anna.WaitForURLAsync(url => url.EndsWith("/releases/typed-on-a-slow-line", StringComparison.Ordinal));
        await Expect(anna.Heading("Typed on a slow line")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task TheEditor_BeforeItsScriptHasLoaded_StillMovesOnWithCtrlEnter()
    {
        var slug = await app.AssignedSampleAsync("The editor on a slow line");
        var francoise = await chromium.SignInAsync(app, People.Francoise);
        await francoise.RouteAsync("**/Pages/Editor/Editor.*.js", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            await route.ContinueAsync();
        });

        var scriptRequested = francoise.WaitForRequestAsync("**/Pages/Editor/Editor.*.js");
        await francoise.OpenAsync($"releases/{slug}/translate/fr");
        await scriptRequested;
        await francoise.Translation(1).FillAsync("Le Luxembourg coopère avec la Chine.");
        await francoise.Translation(1).PressAsync("Control+Enter");

        await Expect(francoise.EditorStatus()).ToHaveTextAsync("Saved segment 1 as Translated.");
        await Expect(francoise.Translation(2)).ToBeFocusedAsync();
    }
}
