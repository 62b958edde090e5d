using Microsoft.EntityFrameworkCore;
using Translate.Domain.Releases;

namespace Translate.Data.Tests;

public static class StoredRelease
{
    /// <summary>A whole release, as the application layer loads it.</summary>
    public static Task<Release> LoadAsync(TranslateDbContext db, Guid id) => db.Releases
        .Include(r => r.Blocks)
        .Include(r => r.Segments)
        .Include(r => r.Languages)
        .Include(r => r.Translations).ThenInclude(t => t.Revisions)
        .AsSplitQuery()
        .SingleAsync(r => r.Id == id);
}
