using Translate.Application.Checks;
using Translate.Application.Glossaries;
using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.Domain.Translations;

namespace Translate.Application.Editing;

/// <summary>Translators save their work, segment by segment, naming the version each edit started from.</summary>
public sealed class TranslationService(ReleaseOperations operations, GlossaryQueries glossaries)
{
    /// <exception cref="TranslationConflictException">Someone saved the segment since <paramref name="basedOnVersion"/>.</exception>
    public Task<SavedTranslation> SaveAsync(
        string actorId, Guid releaseId, Guid segmentId, Language language, string text, int basedOnVersion,
        TranslationState state, RevisionOrigin origin = RevisionOrigin.Human, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Translation(segmentId, language), (release, actor, now) =>
        {
            var segment = release.Segments.SingleOrDefault(s => s.Id == segmentId)
                          ?? throw new NotFoundException(NotFoundRefusals.Segment(release.Slug, segmentId));
            var translation = release.SaveTranslation(segment, language, text, basedOnVersion, state, origin, actor, now);
            return new SavedTranslation(translation.Id, translation.Text, translation.State, translation.Version);
        }, cancellationToken);

    /// <summary>
    /// Lets a warning on the segment's stored translation stand, with a reason: the assignee while translating,
    /// an editor in review (<see cref="Domain.Releases.Release.AcknowledgeFinding"/> says who may).
    /// </summary>
    public async Task<SavedAcknowledgement> AcknowledgeAsync(
        string actorId, Guid releaseId, Guid segmentId, Language language, string code, string valuesKey, string reason,
        CancellationToken cancellationToken = default)
    {
        var glossary = await glossaries.CurrentAsync(cancellationToken);
        return await operations.RunAsync(actorId, releaseId, ReleaseRows.Translation(segmentId, language), (release, actor, now) =>
        {
            var segment = release.Segments.SingleOrDefault(s => s.Id == segmentId)
                          ?? throw new NotFoundException(NotFoundRefusals.Segment(release.Slug, segmentId));
            return new SavedAcknowledgement(release.AcknowledgeFinding(segment, language, code, valuesKey, reason, actor, now, glossary), actor.Name);
        }, cancellationToken);
    }
}
