using Microsoft.EntityFrameworkCore;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Testing;
using static Translate.Testing.Steps;

namespace Translate.Data.Tests;

public sealed class ReleasePersistenceTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Migrated();

    [Fact]
    public async Task Release_WithItsWholeWorkflow_ReadsBackAsItWasSaved()
    {
        var release = Assigned(new Embargo(new DateTime(2026, 12, 1, 10, 30, 0)));
        TranslateAndSubmit(release, Language.Fr);
        Steps.Approve(release, Language.Fr, People.Ben);
        TranslateAndSubmit(release, Language.Lb);
        release.RequestChanges(Language.Lb, [(release.Segments[6], "n-Regel: Satellittemissiounen")], People.Ben, Now);
        await Save(release);

        await using var db = _database.NewContext();
        var loaded = await StoredRelease.LoadAsync(db, release.Id);

        Assert.Equal((release.Title, release.Slug, release.Status, release.DueDate), (loaded.Title, loaded.Slug, loaded.Status, loaded.DueDate));
        Assert.Equal(release.Embargo, loaded.Embargo);
        Assert.Equal(release.Blocks.Select(b => (b.Index, b.Kind)), loaded.Blocks.OrderBy(b => b.Index).Select(b => (b.Index, b.Kind)));
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.En]), loaded.Segments.OrderBy(s => s.Number).Select(s => s.Text));
        Assert.Equal(LanguageState.Approved, loaded.Language(Language.Fr).State);
        Assert.Equal(LanguageState.ChangesRequested, loaded.Language(Language.Lb).State);
        var rejected = loaded.Translation(loaded.Segments.Single(s => s.Number == 7), Language.Lb);
        Assert.Equal((TranslationState.Rejected, "n-Regel: Satellittemissiounen"), (rejected.State, rejected.ReviewComment));
        Assert.Single(rejected.Revisions);
        Assert.Equal(Now, rejected.Revisions[0].At);
    }

    [Fact]
    public async Task PublishedVersion_KeepsEachLanguagesDocumentBlockByBlock()
    {
        var release = AllApproved();
        release.Publish(People.Anna, Now);
        await Save(release);

        await using var db = _database.NewContext();
        var version = await db.PublishedVersions.Include(v => v.Documents).SingleAsync();

        var zh = version.Documents.Single(d => d.Language == Language.Zh).Content;
        Assert.Equal(SampleRelease.Document(Language.Zh).Blocks.Select(b => (b.Kind, string.Join("|", b.Segments))),
            zh.Blocks.Select(b => (b.Kind, string.Join("|", b.Segments))));
        Assert.Equal(BlockKind.Title, zh.Blocks[0].Kind);
    }

    [Fact]
    public async Task SourceChange_MovesSegmentsToNewBlocksAndDeletesRemovedOnes()
    {
        var release = AllApproved();
        await Save(release);
        var blocks = SampleRelease.Document().Blocks.ToList();
        blocks.RemoveAt(3);
        blocks[2] = blocks[2] with { Segments = [blocks[2].Segments[0], "The areas include space resources."] };

        await using (var db = _database.NewContext())
        {
            var loaded = await StoredRelease.LoadAsync(db, release.Id);
            loaded.ChangeSource(new SegmentedDocument(blocks), loaded.EditVersion, People.Anna, Now);
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var after = await StoredRelease.LoadAsync(check, release.Id);
        Assert.Equal(13, after.Segments.Count);
        Assert.Equal(10, after.Blocks.Count);
        Assert.Equal(13 * 4, await check.Translations.CountAsync());
        Assert.Equal(TranslationState.NeedsUpdate, after.Translation(after.Segments.Single(s => s.Number == 4), Language.De).State);
        Assert.Equal(Enumerable.Range(1, 13), after.Segments.OrderBy(s => s.Number).Select(s => s.Number));
    }

    public void Dispose() => _database.Dispose();


    private async Task Save(Release release)
    {
        await using var db = _database.NewContext();
        db.Releases.Add(release);
        await db.SaveChangesAsync();
    }
}
