using Translate.Domain.Languages;

namespace Translate.Application.Review;

/// <summary>Translators submit a language; editors approve it or send segments back with comments.</summary>
public sealed class ReviewService(ReleaseOperations operations)
{
    public Task SubmitAsync(string actorId, Guid releaseId, Language language, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, (release, actor, now) => release.Submit(language, actor, now), cancellationToken);

    /// <summary>Loads the revisions too: the four-eyes rule looks at who wrote the version under review.</summary>
    public Task ApproveAsync(string actorId, Guid releaseId, Language language, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, (release, actor, now) => release.Approve(language, actor, now), cancellationToken, withRevisions: true);

    public Task RequestChangesAsync(string actorId, Guid releaseId, Language language, IReadOnlyList<SegmentComment> comments, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, (release, actor, now) =>
        {
            var segments = comments.Select(c => (
                release.Segments.SingleOrDefault(s => s.Id == c.SegmentId) ?? throw new NotFoundException(NotFoundRefusals.Segment(release.Slug, c.SegmentId)),
                c.Comment)).ToList();
            release.RequestChanges(language, segments, actor, now);
        }, cancellationToken);
}
