using Microsoft.Playwright;
using Translate.Domain.Languages;
using Translate.EndToEnd.Support;
using Translate.Testing;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd;

/// <summary>
/// The editor's rows stay compact and nothing in them is clipped: the actions are those of the current segment, in
/// the side panel, and a translation box grows with its text.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class EditorLayoutTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    [BrowserFact]
    public async Task ALongTranslation_IsNeverClipped_AndTheActionsAreTheCurrentSegments()
    {
        var slug = await app.AssignedSampleAsync("Space cooperation, a long paragraph");
        var francoise = await chromium.SignInAsync(app, People.Francoise);
        await francoise.OpenAsync($"releases/{slug}/translate/fr");

        var box = francoise.Translation(3);
        await box.FocusAsync();
        await box.FillAsync(string.Join(" ", Enumerable.Repeat(SampleRelease.Segments[2].Text[Language.Fr], 8)));

        Assert.True(await box.EvaluateAsync<bool>("box => box.scrollHeight <= box.clientHeight + 1"), "The translation box clips its text.");
        var panel = francoise.GetByRole(AriaRole.Complementary, new() { Name = "Current segment" });
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Segment 3", Exact = true })).ToBeVisibleAsync();
        await Expect(francoise.Locator("#segments").GetByRole(AriaRole.Button, new() { Name = "Save as translated, segment 1" })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(francoise, "editor-compact");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Save as translated, segment 3", Exact = true }).ClickAsync();
        await Expect(francoise.EditorStatus()).ToHaveTextAsync("Saved segment 3 as Translated.");
    }
}
