using Microsoft.EntityFrameworkCore;
using Translate.Application.Releases;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Releases;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Application;

/// <summary>
/// Runs one action on one release as one transaction: lock the release, load the rows the action is judged on,
/// apply the rule, save, commit. The lock comes first, so no other action on the release writes between what this
/// one reads and what it writes: a save racing a submission lands before it or is refused after it, never half.
/// The lock is one row's and lasts the few milliseconds of the action, so the cost of an action follows the rows it
/// loads, not the size of the release.
/// </summary>
public sealed class ReleaseOperations(IDbContextFactory<TranslateDbContext> databases, TimeProvider clock) : IDisposable
{
    // SQLite has one writer for the whole file, and a writer that finds it busy sleeps and tries again, so under load an
    // unlucky one waited up to a second. Actions of this process queue here instead, in order; the file lock stays the
    // rule between processes.
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<T> RunAsync<T>(
        string actorId, Guid releaseId, ReleaseRows rows, Func<Release, Actor, DateTimeOffset, T> action, CancellationToken cancellationToken) =>
        RunAsync(actorId, releaseId, rows, (release, actor, now, _) => action(release, actor, now), cancellationToken);

    public Task RunAsync(
        string actorId, Guid releaseId, ReleaseRows rows, Action<Release, Actor, DateTimeOffset> action, CancellationToken cancellationToken) =>
        RunAsync(actorId, releaseId, rows, (release, actor, now) =>
        {
            action(release, actor, now);
            return true;
        }, cancellationToken);

    public Task RunAsync(
        string actorId, Guid releaseId, ReleaseRows rows, Action<Release, Actor, DateTimeOffset, TranslateDbContext> action, CancellationToken cancellationToken) =>
        RunAsync(actorId, releaseId, rows, (release, actor, now, db) =>
        {
            action(release, actor, now, db);
            return true;
        }, cancellationToken);

    /// <summary>As above, for an action that also reads or adds rows of its own (an uploaded document, memory units) in the same transaction.</summary>
    public async Task<T> RunAsync<T>(
        string actorId, Guid releaseId, ReleaseRows rows, Func<Release, Actor, DateTimeOffset, TranslateDbContext, T> action,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var actor = await Actors.LoadAsync(db, actorId, cancellationToken);
        var queued = db.Database.IsSqlite();
        if (queued)
        {
            await _sqliteWriter.WaitAsync(cancellationToken);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockAsync(db, releaseId, cancellationToken);
            var release = await rows.LoadAsync(db, releaseId, cancellationToken);
            var result = action(release, actor, clock.GetUtcNow(), db);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Under the lock only a writer that bypassed it can have changed a versioned row: refuse rather than overwrite.
                throw new RefusedException(Refusals.ChangedMeanwhile());
            }

            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            if (queued)
            {
                _sqliteWriter.Release();
            }
        }
    }

    /// <summary>The active people among the ids, as the rules see them (for example, the translators to assign).</summary>
    public async Task<IReadOnlyList<Actor>> LoadPeopleAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Actors.LoadManyAsync(db, userIds, cancellationToken);
    }

    public void Dispose() => _sqliteWriter.Dispose();

    /// <summary>
    /// Writes the release's row without changing it, which every engine turns into a write lock held until the
    /// transaction ends (SQLite holds its one writer's lock from here on). Every action takes it first, so two actions
    /// on one release run one after the other and never deadlock.
    /// </summary>
    private static async Task LockAsync(TranslateDbContext db, Guid releaseId, CancellationToken cancellationToken)
    {
        var found = await db.Releases.Where(r => r.Id == releaseId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EditVersion, r => r.EditVersion), cancellationToken);
        if (found == 0)
        {
            throw new NotFoundException(NotFoundRefusals.ReleaseId(releaseId));
        }
    }
}
