using Microsoft.EntityFrameworkCore;
using Translate.Data;
using Translate.Domain.Releases;

namespace Translate.Application.Releases;

/// <summary>Loads a whole release, as the rules need it: document, languages, translations.</summary>
internal static class ReleaseLoader
{
    public static async Task<Release> LoadAsync(TranslateDbContext db, Guid releaseId, bool withRevisions, CancellationToken cancellationToken)
    {
        IQueryable<Release> query = db.Releases
            .Include(r => r.Blocks)
            .Include(r => r.Segments)
            .Include(r => r.Languages)
            .Include(r => r.Translations);
        if (withRevisions)
        {
            query = query.Include(r => r.Translations).ThenInclude(t => t.Revisions);
        }

        return await query.AsSplitQuery().SingleOrDefaultAsync(r => r.Id == releaseId, cancellationToken)
               ?? throw new NotFoundException(NotFoundRefusals.ReleaseId(releaseId));
    }

    /// <summary>The newest published version of a release with its documents, or null when it was never published.</summary>
    public static Task<PublishedVersion?> LatestPublishedAsync(TranslateDbContext db, Guid releaseId, CancellationToken cancellationToken) =>
        db.PublishedVersions.AsNoTracking().Include(v => v.Documents)
            .Where(v => v.ReleaseId == releaseId)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);
}
