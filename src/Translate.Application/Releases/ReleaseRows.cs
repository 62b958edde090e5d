using Microsoft.EntityFrameworkCore;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Releases;

namespace Translate.Application.Releases;

/// <summary>
/// The rows of a release an action is judged on, loaded with the release itself and all its languages (the
/// release's status is computed from them). A save needs one segment and its translation, a language's review
/// needs that language's translations; only source changes and publication need every row. What is not loaded
/// is not changed: the action's lock on the release keeps it as it was read (see <see cref="ReleaseOperations"/>).
/// </summary>
public sealed class ReleaseRows
{
    private readonly Func<IQueryable<Release>, IQueryable<Release>> _include;

    private ReleaseRows(Func<IQueryable<Release>, IQueryable<Release>> include) => _include = include;

    /// <summary>Every block, segment and translation: for source changes, starting translation and publication.</summary>
    public static ReleaseRows Whole { get; } = new(q => q
        .Include(r => r.Blocks)
        .Include(r => r.Segments)
        .Include(r => r.Translations));

    /// <summary>The release and its languages alone: for what the release's own details and states decide.</summary>
    public static ReleaseRows Languages { get; } = new(q => q);

    /// <summary>Every segment, and the translations of one language: submission, review, assignment, an XLIFF upload.</summary>
    public static ReleaseRows Language(Language language) => new(q => q
        .Include(r => r.Segments)
        .Include(r => r.Translations.Where(t => t.Language == language)));

    /// <summary>One segment and its translation into one language: a save, an acknowledgement.</summary>
    public static ReleaseRows Translation(Guid segmentId, Language language) => Translations([segmentId], language);

    /// <summary>Some segments and their translations into one language: segments sent back.</summary>
    public static ReleaseRows Translations(IReadOnlyCollection<Guid> segmentIds, Language language) => new(q => q
        .Include(r => r.Segments.Where(s => segmentIds.Contains(s.Id)))
        .Include(r => r.Translations.Where(t => segmentIds.Contains(t.SegmentId) && t.Language == language)));

    internal async Task<Release> LoadAsync(TranslateDbContext db, Guid releaseId, CancellationToken cancellationToken) =>
        await _include(db.Releases.Include(r => r.Languages)).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == releaseId, cancellationToken)
        ?? throw new NotFoundException(NotFoundRefusals.ReleaseId(releaseId));
}
