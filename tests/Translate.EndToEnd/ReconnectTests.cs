using Microsoft.Playwright;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.EndToEnd.Support;
using Translate.Testing;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd;

/// <summary>Typed text survives a dropped connection and a reload, and still saves.</summary>
[Collection(BrowserTests.Name)]
public sealed class ReconnectTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    [BrowserFact]
    public async Task TextTypedBeforeTheConnectionDrops_IsStillThereAfterReconnecting_AndSaves()
    {
        var slug = await app.AssignedSampleAsync("Typed, then offline");
        await using var people = new Sessions(chromium, app);
        var dieter = await people.OfAsync(People.Dieter);
        var connection = await CircuitConnection.RouteAsync(dieter);
        await dieter.OpenAsync($"releases/{slug}/translate/de");
        var text = Reference(1);

        await dieter.Translation(1).FillAsync(text);
        await WaitForTheDraftToBeKeptAsync(dieter);
        await dieter.Context.SetOfflineAsync(true);
        await connection.DropAsync();
        await Expect(ReconnectDialog(dieter)).ToBeVisibleAsync();
        await Screenshots.TakeAsync(dieter, "editor-reconnecting");
        await dieter.Context.SetOfflineAsync(false);
        await Expect(ReconnectDialog(dieter)).ToBeHiddenAsync();

        await Expect(dieter.Translation(1)).ToHaveValueAsync(text);
        await dieter.Translation(1).PressAsync("Control+Enter");
        await Expect(dieter.EditorStatus()).ToContainTextAsync("Saved segment 1 as Translated.");
        Assert.Equal(2, connection.Opened);
        var stored = await app.StoredAsync(slug, Language.De, 1);
        Assert.Equal((text, TranslationState.Translated), (stored.Text, stored.State));
    }

    [BrowserFact]
    public async Task TextTypedBeforeAReload_IsRestoredFromTheBrowser_AndSaves()
    {
        var slug = await app.AssignedSampleAsync("Typed, then reloaded");
        await using var people = new Sessions(chromium, app);
        var dieter = await people.OfAsync(People.Dieter);
        await dieter.OpenAsync($"releases/{slug}/translate/de");
        var text = Reference(2);

        await dieter.Translation(2).FillAsync(text);
        await WaitForTheDraftToBeKeptAsync(dieter);
        await dieter.ReloadAsync();
        await dieter.WaitForCircuitAsync();

        await Expect(dieter.EditorStatus()).ToHaveTextAsync("Unsaved changes restored in 1 segment.");
        await Expect(dieter.Translation(2)).ToHaveValueAsync(text);
        await Screenshots.TakeAsync(dieter, "editor-restored");
        await dieter.AssertNoSeriousViolationsAsync();
        await dieter.Translation(2).PressAsync("Control+Enter");
        await Expect(dieter.EditorStatus()).ToContainTextAsync("Saved segment 2 as Translated.");
        var stored = await app.StoredAsync(slug, Language.De, 2);
        Assert.Equal((text, TranslationState.Translated), (stored.Text, stored.State));
    }

    /// <summary>Blazor's own "Rejoining the server" dialog, in the shadow root of #components-reconnect-modal.</summary>
    private static ILocator ReconnectDialog(IPage page) => page.Locator("#components-reconnect-modal .components-reconnect-dialog");

    /// <summary>The editor keeps typed text in session storage a moment after the last keystroke.</summary>
    private static async Task WaitForTheDraftToBeKeptAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => Object.keys(sessionStorage).some(k => k.startsWith('translate.draft:'))");

    private static string Reference(int segment) => SampleRelease.Segments[segment - 1].Text[Language.De];
}
