using Microsoft.EntityFrameworkCore;
using Translate.Application.Releases;
using Translate.Data;
using Translate.Domain.Releases;
using Translate.Domain.Workflow;

namespace Translate.Application.Publishing;

/// <summary>The publication gate, publishing, scheduled publication after an embargo, and corrections.</summary>
public sealed class PublishingService(IDbContextFactory<TranslateDbContext> databases, ReleaseOperations operations)
{
    public Task<PublicationGate> CheckGateAsync(string actorId, Guid releaseId, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, _, now) => release.CheckPublicationGate(now), cancellationToken);

    /// <exception cref="PublicationRefusedException">The gate is closed; it lists every reason.</exception>
    public Task<PublishedVersion> PublishAsync(string actorId, Guid releaseId, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, actor, now) => release.Publish(actor, now), cancellationToken);

    public Task ScheduleAsync(string actorId, Guid releaseId, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, actor, now) => release.SchedulePublication(actor, now), cancellationToken);

    public Task CancelScheduleAsync(string actorId, Guid releaseId, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, actor, now) => release.CancelScheduledPublication(actor, now), cancellationToken);

    public Task OpenCorrectionAsync(string actorId, Guid releaseId, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, actor, now) => release.OpenCorrection(actor, now), cancellationToken);

    /// <summary>Publishes every scheduled release whose gate is open now, in the name of the editor who scheduled it.</summary>
    public async Task<ScheduledPublications> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        List<(Guid Id, string SchedulerId)> scheduled;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            scheduled = (await db.Releases
                    .Where(r => r.PublicationScheduledById != null && r.Status != ReleaseStatus.Published)
                    .Select(r => new { r.Id, r.PublicationScheduledById })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.Id, r.PublicationScheduledById!))
                .ToList();
        }

        var published = new List<Guid>();
        var refused = new List<(Guid, Refusal)>();
        foreach (var (id, schedulerId) in scheduled)
        {
            try
            {
                var done = await operations.RunAsync(schedulerId, id, ReleaseRows.Whole, (release, scheduler, now) =>
                {
                    if (!release.IsScheduledPublicationDue(now))
                    {
                        return false;
                    }

                    release.Publish(scheduler, now);
                    return true;
                }, cancellationToken);
                if (done)
                {
                    published.Add(id);
                }
            }
            catch (RefusedException e)
            {
                refused.Add((id, e.Refusal));
            }
        }

        return new ScheduledPublications(published, refused);
    }
}
