using Microsoft.EntityFrameworkCore;
using Translate.Domain.Assignments;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Testing;
using static Translate.Testing.Steps;

namespace Translate.Data.Tests;

/// <summary>Rows written in bulk are stored exactly as the change tracker would store them, and stay tracked as stored.</summary>
public sealed class BulkRowsTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Migrated();

    [Fact]
    public async Task Insert_StoresEveryColumnAsEfCoreReadsItBack_WithTheRevisionsInsertedAfterThem()
    {
        var id = await SeedDraftAsync();
        List<Translation> written;
        await using (var db = _database.NewContext())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var release = await StoredRelease.LoadAsync(db, id);
            release.StartTranslation(People.Anna, Now);
            release.Assign(Language.Zh, AssignmentPlanner.All(release.Segments, People.Zhang.Id), [People.Zhang], People.Anna, Now);
            Save(release, 4, Language.Zh, "卢森堡与中国签署合作备忘录。");
            written = [.. release.Translations];

            BulkRows.Insert(db, release.Translations);
            BulkRows.Insert(db, [.. release.Translations.SelectMany(t => t.Revisions)]);
            Assert.All(db.ChangeTracker.Entries<Translation>(), e => Assert.Equal(EntityState.Unchanged, e.State));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using var check = _database.NewContext();
        var stored = await check.Translations.AsNoTracking().ToDictionaryAsync(t => t.Id);
        Assert.Equal(written.Count, stored.Count);
        Assert.All(written, t => Assert.Equal(
            (t.ReleaseId, t.SegmentId, t.Language, t.Text, t.State, t.Version, t.AssigneeId, t.LastEditorId, t.LastEditedAt, t.ReviewComment),
            (stored[t.Id].ReleaseId, stored[t.Id].SegmentId, stored[t.Id].Language, stored[t.Id].Text, stored[t.Id].State, stored[t.Id].Version,
             stored[t.Id].AssigneeId, stored[t.Id].LastEditorId, stored[t.Id].LastEditedAt, stored[t.Id].ReviewComment)));
        var saved = Assert.Single(await check.Revisions.ToListAsync());
        Assert.Equal(("卢森堡与中国签署合作备忘录。", People.Zhang.Id), (saved.NewText, saved.AuthorId));
    }

    [Fact]
    public async Task Update_WritesTheNamedColumnsAndLeavesTheRowsUnchangedForTheSave()
    {
        var id = await SeedDraftAsync(started: true);
        await using (var db = _database.NewContext())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var release = await StoredRelease.LoadAsync(db, id);
            var assignments = AssignmentPlanner.Range(release.Segments, 3, 9, People.Lena.Id);
            release.Assign(Language.Lb, assignments, [People.Lena], People.Anna, Now);

            BulkRows.Update(db, [.. assignments.Select(a => release.Translation(a.Segment, Language.Lb))], t => t.AssigneeId);
            Assert.DoesNotContain(db.ChangeTracker.Entries<Translation>(), e => e.State != EntityState.Unchanged);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using var check = _database.NewContext();
        var assignees = await check.Translations.Where(t => t.Language == Language.Lb)
            .Select(t => new { t.Segment.Number, t.AssigneeId }).ToDictionaryAsync(t => t.Number, t => t.AssigneeId);
        Assert.All(assignees, a => Assert.Equal(a.Key is >= 3 and <= 9 ? People.Lena.Id : null, a.Value));
    }

    [Fact]
    public async Task Insert_OutsideATransaction_IsRefusedAndWritesNothing()
    {
        var id = await SeedDraftAsync();
        await using var db = _database.NewContext();
        var release = await StoredRelease.LoadAsync(db, id);
        release.StartTranslation(People.Anna, Now);

        Assert.Throws<InvalidOperationException>(() => BulkRows.Insert(db, release.Translations));

        await using var check = _database.NewContext();
        Assert.Empty(await check.Translations.ToListAsync());
    }

    public void Dispose() => _database.Dispose();

    private async Task<Guid> SeedDraftAsync(bool started = false)
    {
        var release = Draft();
        if (started)
        {
            release.StartTranslation(People.Anna, Now);
        }

        await using var db = _database.NewContext();
        db.Releases.Add(release);
        await db.SaveChangesAsync();
        return release.Id;
    }
}
