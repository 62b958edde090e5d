using Translate.Application.Releases;
using Translate.Data;
using Translate.Domain.Assignments;
using Translate.Domain.Languages;
using Translate.Domain.Releases;

namespace Translate.Application.Assignments;

/// <summary>An editor hands out the segments of a language: all of them, a range, or split by word count.</summary>
public sealed class AssignmentService(ReleaseOperations operations)
{
    public Task AssignAllAsync(string actorId, Guid releaseId, Language language, string translatorId, CancellationToken cancellationToken = default) =>
        AssignAsync(actorId, releaseId, language, [translatorId], segments => AssignmentPlanner.All(segments, translatorId), cancellationToken);

    public Task AssignRangeAsync(string actorId, Guid releaseId, Language language, int from, int to, string translatorId, CancellationToken cancellationToken = default) =>
        AssignAsync(actorId, releaseId, language, [translatorId], segments => AssignmentPlanner.Range(segments, from, to, translatorId), cancellationToken);

    public Task SplitAsync(string actorId, Guid releaseId, Language language, IReadOnlyList<string> translatorIds, CancellationToken cancellationToken = default) =>
        AssignAsync(actorId, releaseId, language, translatorIds, segments => AssignmentPlanner.SplitByWords(segments, translatorIds), cancellationToken);

    private async Task AssignAsync(
        string actorId, Guid releaseId, Language language, IReadOnlyList<string> translatorIds,
        Func<IReadOnlyList<Segment>, IReadOnlyList<Assignment>> plan, CancellationToken cancellationToken)
    {
        var translators = await operations.LoadPeopleAsync(translatorIds, cancellationToken);
        await operations.RunAsync(actorId, releaseId, ReleaseRows.Language(language), (release, actor, now, db) =>
        {
            var assignments = plan(release.Segments);
            release.Assign(language, assignments, translators, actor, now);
            BulkRows.Update(db, [.. assignments.Select(a => release.Translation(a.Segment, language))], t => t.AssigneeId);
        }, cancellationToken);
    }
}
