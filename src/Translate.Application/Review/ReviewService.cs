using Translate.Application.Glossaries;
using Translate.Application.Memory;
using Translate.Application.Releases;
using Translate.Data;
using Translate.Domain.Languages;

namespace Translate.Application.Review;

/// <summary>Translators submit a language; editors approve it or send segments back with comments.</summary>
public sealed class ReviewService(ReleaseOperations operations, MemoryStore memory, GlossaryQueries glossaries)
{
    /// <summary>Refused while a check finds an error, the glossary's forbidden variants included.</summary>
    public async Task SubmitAsync(string actorId, Guid releaseId, Language language, CancellationToken cancellationToken = default)
    {
        var glossary = await glossaries.CurrentAsync(cancellationToken);
        await operations.RunAsync(actorId, releaseId, ReleaseRows.Language(language),
            (release, actor, now) => release.Submit(language, actor, now, glossary), cancellationToken);
    }

    /// <summary>
    /// The four-eyes rule looks at who wrote the version under review. The approved pairs enter the translation
    /// memory in the same save, and its index once the save is committed.
    /// </summary>
    public async Task ApproveAsync(string actorId, Guid releaseId, Language language, CancellationToken cancellationToken = default)
    {
        var change = await operations.RunAsync(actorId, releaseId, ReleaseRows.Language(language), (release, actor, now, db) =>
        {
            release.Approve(language, RevisionFacts.Authorship(db, releaseId, language), actor, now);
            BulkRows.Update(db, [.. release.TranslationsIn(language)], t => t.State, t => t.Version);
            var units = ApprovedPairs.Of(release, language, RevisionFacts.LastTypists(db, releaseId, language), db, now);
            return MemoryChange.Stage(db, units, [.. MemoryChange.Candidates(db, (release.SourceLanguage, language), units)]);
        }, cancellationToken);
        await memory.ApplyAsync(change, cancellationToken);
    }

    public Task RequestChangesAsync(string actorId, Guid releaseId, Language language, IReadOnlyList<SegmentComment> comments, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Translations([.. comments.Select(c => c.SegmentId)], language), (release, actor, now) =>
        {
            var segments = comments.Select(c => (
                release.Segments.SingleOrDefault(s => s.Id == c.SegmentId) ?? throw new NotFoundException(NotFoundRefusals.Segment(release.Slug, c.SegmentId)),
                c.Comment)).ToList();
            release.RequestChanges(language, segments, actor, now);
        }, cancellationToken);
}
