using Microsoft.Playwright;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.EndToEnd.Support;
using Translate.Testing;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd;

/// <summary>
/// A press release that repeats an approved one: the memory pre-fills it, the checks catch a number the translator
/// loses while typing, the memory's match puts it right with one key, and the language goes to review.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class TranslatorHelpTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    // Segment 10: "…will employ at least 5 employees in Luxembourg."
    private const string FrenchWithoutTheNumber = "Dans un premier temps, le laboratoire de recherche emploiera quelques personnes au Luxembourg.";

    [BrowserFact]
    public async Task ARepeatedRelease_IsPreFilledFromTheMemory_AndTheChecksAndAMatchLeadToASubmittedLanguage()
    {
        var approved = await app.AssignedSampleAsync("Space cooperation, approved before");
        await app.TranslateAsync(approved, Language.Fr, SampleRelease.Segments.Count);
        var approvedId = await app.ReleaseIdAsync(approved);
        await app.Get<ReviewService>().SubmitAsync(People.Francoise.Id, approvedId, Language.Fr);
        await app.Get<ReviewService>().ApproveAsync(People.Ben.Id, approvedId, Language.Fr);
        var slug = await app.AssignedSampleAsync("Space cooperation, the follow-up");

        var francoise = await chromium.SignInAsync(app, People.Francoise);
        await francoise.OpenAsync($"releases/{slug}/translate/fr");
        await francoise.WaitForCircuitAsync();
        var reference = SampleRelease.Segments[9].Text[Language.Fr];
        await francoise.Translation(9).ScrollIntoViewIfNeededAsync();
        await Expect(francoise.Translation(10)).ToHaveValueAsync(reference);

        var panel = francoise.GetByRole(AriaRole.Complementary, new() { Name = "Current segment" });
        await francoise.Translation(10).FocusAsync();
        await Expect(panel.GetByRole(AriaRole.Region, new() { Name = "Translation memory" })).ToContainTextAsync("101% in context");
        await francoise.Translation(10).FillAsync(FrenchWithoutTheNumber);
        await Expect(panel.GetByRole(AriaRole.Region, new() { Name = "Checks" }))
            .ToContainTextAsync("The number 5 of the source is not in the translation.");
        await Screenshots.TakeAsync(francoise, "editor-checks-and-memory");
        await francoise.AssertNoSeriousViolationsAsync();

        await francoise.Translation(10).PressAsync("Control+1");
        await Expect(francoise.Translation(10)).ToHaveValueAsync(reference);
        await Expect(panel.GetByRole(AriaRole.Region, new() { Name = "Checks" })).ToContainTextAsync("The checks find nothing in this segment.");

        await francoise.Button("Submit French for review").ClickAsync();
        await Expect(francoise.GetByText("French submitted for review.")).ToBeVisibleAsync();
        Assert.Equal(reference, (await app.StoredAsync(slug, Language.Fr, 10)).Text);
    }
}
