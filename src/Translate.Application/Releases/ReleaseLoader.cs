using Microsoft.EntityFrameworkCore;
using Translate.Data;
using Translate.Domain.Releases;

namespace Translate.Application.Releases;

/// <summary>The published versions of a release, which no action changes once written.</summary>
internal static class ReleaseLoader
{
    /// <summary>The newest published version of a release with its documents, or null when it was never published.</summary>
    public static Task<PublishedVersion?> LatestPublishedAsync(TranslateDbContext db, Guid releaseId, CancellationToken cancellationToken) =>
        db.PublishedVersions.AsNoTracking().Include(v => v.Documents)
            .Where(v => v.ReleaseId == releaseId)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);
}
