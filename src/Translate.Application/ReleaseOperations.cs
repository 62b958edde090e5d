using Microsoft.EntityFrameworkCore;
using Translate.Application.Users;
using Translate.Application.Releases;
using Translate.Data;
using Translate.Domain.Releases;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Application;

/// <summary>
/// Runs one action on one release as one transaction: load the acting person and the release, apply the rule,
/// save. When someone else saved the same rows meanwhile, the action is run again on fresh data, so the rules
/// judge what is stored now; a translation saved meanwhile then surfaces as a conflict, never an overwrite.
/// </summary>
public sealed class ReleaseOperations(IDbContextFactory<TranslateDbContext> databases, TimeProvider clock)
{
    private const int Attempts = 3;

    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<T> RunAsync<T>(
        string actorId, Guid releaseId, Func<Release, Actor, DateTimeOffset, T> action,
        CancellationToken cancellationToken, bool withRevisions = false) =>
        RunAsync(actorId, releaseId, (release, actor, now, _) => action(release, actor, now), cancellationToken, withRevisions);

    /// <summary>As above, for an action that also adds rows of its own (an uploaded source document) to the same save.</summary>
    public async Task<T> RunAsync<T>(
        string actorId, Guid releaseId, Func<Release, Actor, DateTimeOffset, TranslateDbContext, T> action,
        CancellationToken cancellationToken, bool withRevisions = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var actor = await Actors.LoadAsync(db, actorId, cancellationToken);
            var release = await ReleaseLoader.LoadAsync(db, releaseId, withRevisions, cancellationToken);
            var result = action(release, actor, clock.GetUtcNow(), db);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Run again on what is stored now.
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new RefusedException(Refusals.ChangedMeanwhile());
            }
        }
    }

    /// <summary>The active people among the ids, as the rules see them (for example, the translators to assign).</summary>
    public async Task<IReadOnlyList<Actor>> LoadPeopleAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Actors.LoadManyAsync(db, userIds, cancellationToken);
    }

    public Task RunAsync(
        string actorId, Guid releaseId, Action<Release, Actor, DateTimeOffset> action,
        CancellationToken cancellationToken, bool withRevisions = false) =>
        RunAsync(actorId, releaseId, (release, actor, now) =>
        {
            action(release, actor, now);
            return true;
        }, cancellationToken, withRevisions);
}
