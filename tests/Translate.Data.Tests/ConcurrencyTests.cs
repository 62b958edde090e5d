using Microsoft.EntityFrameworkCore;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Testing;
using static Translate.Testing.Steps;

namespace Translate.Data.Tests;

/// <summary>Two people working at once, each through their own context: the second write never silently wins.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Migrated();

    [Fact]
    public async Task TwoSavesOfOneTranslation_BasedOnTheSameVersion_TheSecondFailsAndTheFirstStays()
    {
        var releaseId = await Seed();
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var a = await StoredRelease.LoadAsync(first, releaseId);
        var b = await StoredRelease.LoadAsync(second, releaseId);

        SaveSegment(a, 6, "Version de Françoise.");
        await first.SaveChangesAsync();
        SaveSegment(b, 6, "Version écrite en même temps.");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = _database.NewContext();
        var stored = await check.Translations.SingleAsync(t => t.Segment.Number == 6 && t.Language == Language.Fr);
        Assert.Equal(("Version de Françoise.", 1), (stored.Text, stored.Version));
        Assert.Single(await check.Revisions.Where(r => r.TranslationId == stored.Id).ToListAsync());
    }

    [Fact]
    public async Task TwoEditorsDecidingOnOneLanguageAtOnce_TheSecondFails()
    {
        var release = Assigned();
        TranslateAndSubmit(release, Language.De);
        await using (var db = _database.NewContext())
        {
            db.Releases.Add(release);
            await db.SaveChangesAsync();
        }

        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var a = await StoredRelease.LoadAsync(first, release.Id);
        var b = await StoredRelease.LoadAsync(second, release.Id);

        Steps.Approve(a, Language.De, People.Anna);
        await first.SaveChangesAsync();
        b.RequestChanges(Language.De, [(b.Segments.Single(s => s.Number == 3), "Datum prüfen")], People.Ben, Now);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task TwoFirstSavesInOneLanguage_TheLanguageStateIsGuardedToo()
    {
        var releaseId = await Seed();
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var a = await StoredRelease.LoadAsync(first, releaseId);
        var b = await StoredRelease.LoadAsync(second, releaseId);

        SaveSegment(a, 2, "Sous-titre.");
        SaveSegment(b, 3, "Paragraphe.");
        await first.SaveChangesAsync();

        // The first save started the language; the second context still believes it NotStarted.
        // (The application never lets two actions on one release interleave so; the token is the second line of defence.)
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    public void Dispose() => _database.Dispose();

    private static void SaveSegment(Release release, int number, string text)
    {
        var segment = release.Segments.Single(s => s.Number == number);
        var translation = release.Translation(segment, Language.Fr);
        release.SaveTranslation(segment, Language.Fr, text, translation.Version, TranslationState.Translated, RevisionOrigin.Human, People.Francoise, Now);
    }


    private async Task<Guid> Seed()
    {
        var release = Assigned();
        await using var db = _database.NewContext();
        db.Releases.Add(release);
        await db.SaveChangesAsync();
        return release.Id;
    }
}
