using Microsoft.Playwright;
using Translate.Application.Assignments;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.EndToEnd.Support;
using Translate.Testing;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd;

/// <summary>
/// Two translators on the same segment, each in their own browser: the segments of Lena's open editor are
/// reassigned to Luc, who saves them, then handed back to Lena, whose saves are now based on stale versions.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ConcurrencyTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    private const string LenaFirst = "Lëtzebuerg schafft mat China zesummen (Lena).";
    private const string LucFirst = "Lëtzebuerg a China schaffen zesummen (Luc).";
    private const string LenaSecond = "Den NSSC grënnt e Labo zu Lëtzebuerg (Lena).";
    private const string LucSecond = "Den NSSC mécht e Fuerschungslabo zu Lëtzebuerg op (Luc).";

    [BrowserFact]
    public async Task SavingASegmentSomeoneSavedMeanwhile_ShowsBothTexts_AndKeepMineOrTakeTheirsLosesNothing()
    {
        var slug = await app.AssignedSampleAsync("Two translators, one segment");
        var releaseId = await app.ReleaseIdAsync(slug);
        var assignments = app.Get<AssignmentService>();
        await using var people = new Sessions(chromium, app);

        var lena = await people.OfAsync(People.Lena);
        await lena.OpenAsync($"releases/{slug}/translate/lb");
        await lena.Translation(1).FillAsync(LenaFirst);
        await lena.Translation(2).FillAsync(LenaSecond);

        await assignments.AssignRangeAsync(People.Anna.Id, releaseId, Language.Lb, 1, 2, People.Luc.Id);
        var luc = await people.OfAsync(People.Luc);
        await luc.OpenAsync($"releases/{slug}/translate/lb");
        await SaveAsTranslatedAsync(luc, 1, LucFirst);
        await SaveAsTranslatedAsync(luc, 2, LucSecond);
        await assignments.AssignRangeAsync(People.Anna.Id, releaseId, Language.Lb, 1, 2, People.Lena.Id);

        // Keep mine: Lena's text is stored on top of Luc's, whose save stays in the history. Her unsaved rows wait for her:
        // back in segment 1, its actions are the side panel's.
        await lena.Translation(1).FocusAsync();
        await lena.Button("Save as translated, segment 1").ClickAsync();
        var first = Conflict(lena, 1);
        await Expect(first).ToContainTextAsync($"Yours {LenaFirst}");
        await Expect(first).ToContainTextAsync($"Theirs Translated, saved by {People.Luc.Name}");
        await Expect(first).ToContainTextAsync(LucFirst);
        await Screenshots.TakeAsync(lena, "editor-conflict");
        await lena.AssertNoSeriousViolationsAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Keep mine" }).ClickAsync();
        await Expect(lena.EditorStatus()).ToHaveTextAsync("Saved segment 1 as Translated.");
        await Expect(lena.Translation(1)).ToHaveValueAsync(LenaFirst);
        Assert.Equal((LenaFirst, TranslationState.Translated), await StoredAsync(slug, 1));
        Assert.Contains(await RevisionsAsync(slug, 1), r => r.NewText == LucFirst && r.Author == People.Luc.Name);

        // Take theirs: Luc's text stays stored, and Lena's editor shows it.
        await lena.Translation(2).FocusAsync();
        await lena.Button("Save as translated, segment 2").ClickAsync();
        var second = Conflict(lena, 2);
        await Expect(second).ToContainTextAsync(LenaSecond);
        await Expect(second).ToContainTextAsync(LucSecond);
        await second.GetByRole(AriaRole.Button, new() { Name = "Take theirs" }).ClickAsync();
        await Expect(lena.EditorStatus()).ToHaveTextAsync("Segment 2 now has their text.");
        await Expect(lena.Translation(2)).ToHaveValueAsync(LucSecond);
        Assert.Equal((LucSecond, TranslationState.Translated), await StoredAsync(slug, 2));
    }

    private static ILocator Conflict(IPage page, int segment) =>
        page.GetByRole(AriaRole.Region, new() { Name = $"Segment {segment} was changed meanwhile", Exact = true });

    private static async Task SaveAsTranslatedAsync(IPage page, int segment, string text)
    {
        await page.Translation(segment).FillAsync(text);
        await page.Button($"Save as translated, segment {segment}").ClickAsync();
        await Expect(page.EditorStatus()).ToHaveTextAsync($"Saved segment {segment} as Translated.");
    }

    private async Task<(string Text, TranslationState State)> StoredAsync(string slug, int segment)
    {
        var row = await app.StoredAsync(slug, Language.Lb, segment);
        return (row.Text, row.State);
    }

    private async Task<IReadOnlyList<RevisionEntry>> RevisionsAsync(string slug, int segment) =>
        (await app.Get<ReviewQueries>().LoadAsync(People.Anna.Id, slug, Language.Lb))!.Rows.Single(r => r.Number == segment).Revisions;
}
