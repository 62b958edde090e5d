using Microsoft.EntityFrameworkCore;
using Translate.Application.Releases;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.EndToEnd.Support;
using Translate.Testing;

namespace Translate.EndToEnd;

/// <summary>
/// A long source pasted into the new release page: hundreds of KB in the text box, which once closed the page's
/// connection (one SignalR message holds 32 KB) and left an empty draft.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LongSourceTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    [BrowserFact]
    public async Task A250KilobyteSourcePasted_IsCreatedWithEverySegmentAndStarted()
    {
        var sample = SampleRelease.Text(Language.En);
        var text = string.Join("\n\n", Enumerable.Repeat(sample, (250 * 1024 / System.Text.Encoding.UTF8.GetByteCount(sample)) + 1));
        await using var people = new Sessions(chromium, app);
        var anna = await people.OfAsync(People.Anna);

        await anna.PasteReleaseAsync("The annual review, pasted", "the-annual-review-pasted", text);

        var expected = app.Get<ReleaseService>().PreviewSegmentation(text, Language.En).Segments.Count();
        await using var db = await app.Get<IDbContextFactory<TranslateDbContext>>().CreateDbContextAsync();
        var stored = await db.Releases.Where(r => r.Slug == "the-annual-review-pasted")
            .Select(r => new { Segments = r.Segments.Count, Translations = r.Translations.Count }).SingleAsync();
        Assert.Equal((expected, expected * 4), (stored.Segments, stored.Translations));
    }
}
