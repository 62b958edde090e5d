using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;
using static Translate.Testing.Steps;

namespace Translate.Data.Tests;

public sealed class CheckAcknowledgementPersistenceTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Migrated();

    [Fact]
    public async Task Acknowledgement_ReadsBackWithItsTranslation_AndStillCoversTheWarning()
    {
        var release = Assigned();
        TranslateAll(release, Language.Fr);
        await using (var db = _database.NewContext())
        {
            db.Releases.Add(release);
            await db.SaveChangesAsync();
        }

        // Acknowledged on a release loaded from the database, as the application does it.
        await using (var db = _database.NewContext())
        {
            var loaded = await StoredRelease.LoadAsync(db, release.Id);
            var warning = loaded.FindingsIn(Language.Fr).Single(s => s.Number == 12).Results.Single();
            loaded.AcknowledgeFinding(loaded.Segments.Single(s => s.Number == 12), Language.Fr, warning.Finding.Code, warning.ValuesKey,
                "House style of the ministry", People.Francoise, Now);
            await db.SaveChangesAsync();
        }

        await using var read = _database.NewContext();
        var again = await StoredRelease.LoadAsync(read, release.Id);
        var acknowledgement = Assert.Single(again.Translation(again.Segments.Single(s => s.Number == 12), Language.Fr).Acknowledgements);
        Assert.Equal(("check.french-no-break-space", "House style of the ministry", People.Francoise.Id, Now),
            (acknowledgement.Code, acknowledgement.Reason, acknowledgement.AuthorId, acknowledgement.At));
        Assert.Same(acknowledgement, again.FindingsIn(Language.Fr).Single(s => s.Number == 12).Results.Single().Acknowledgement);
    }

    public void Dispose() => _database.Dispose();
}
