using Microsoft.EntityFrameworkCore;
using Translate.Application.Users;
using Translate.Data;
using Translate.Data.Glossaries;
using Translate.Domain.Glossaries;

namespace Translate.Application.Glossaries;

/// <summary>
/// The glossary for reading: a searchable list in pages for the glossary page, single entries for editing, and
/// <see cref="CurrentAsync"/>, the whole glossary as the domain's index for the editor and the checks, built once and
/// kept until the glossary changes. Everyone signed in may read the glossary.
/// </summary>
public sealed class GlossaryQueries(IDbContextFactory<TranslateDbContext> databases)
{
    public const int DefaultPageSize = 50;
    private const string LikeEscape = "\\";

    private readonly Lock _lock = new();
    private Glossary? _current;
    private int _generation;

    /// <summary>Entries whose terms, note or subject contain <paramref name="search"/> (all when blank), sorted by English term, page 1 first.</summary>
    public async Task<GlossaryListPage> ListAsync(string? search = null, int page = 1, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        page = Math.Max(1, page);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var query = db.GlossaryEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + Escaped(search.Trim()) + "%";
            query = query.Where(e => e.Terms.Any(t => EF.Functions.Like(t.Text, pattern, LikeEscape))
                || (e.Note != null && EF.Functions.Like(e.Note, pattern, LikeEscape))
                || (e.Subject != null && EF.Functions.Like(e.Subject, pattern, LikeEscape)));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(e => e.Headword).ThenBy(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Include(e => e.Terms)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new GlossaryListPage(await ViewsAsync(db, rows, cancellationToken), total, page, pageSize);
    }

    /// <summary>The entry as stored now, or null when there is none with this id.</summary>
    public async Task<GlossaryEntryView?> EntryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await EntryAsync(db, id, cancellationToken);
    }

    /// <summary>The whole glossary, indexed; rebuilt from the database after any change, otherwise served from memory.</summary>
    public async Task<Glossary> CurrentAsync(CancellationToken cancellationToken = default)
    {
        int generation;
        lock (_lock)
        {
            if (_current is { } cached)
            {
                return cached;
            }

            generation = _generation;
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.GlossaryEntries.AsNoTracking().Include(e => e.Terms).AsSplitQuery().ToListAsync(cancellationToken);
        var glossary = new Glossary(rows.Select(r => r.ToEntry()));
        lock (_lock)
        {
            // A change made while this one was loading makes it stale: serve it this once, keep it not.
            if (generation == _generation)
            {
                _current = glossary;
            }
        }

        return glossary;
    }

    /// <summary>Forgets the cached glossary; the service calls it after every change it saved.</summary>
    internal void Invalidate()
    {
        lock (_lock)
        {
            _generation++;
            _current = null;
        }
    }

    internal static async Task<GlossaryEntryView?> EntryAsync(TranslateDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.GlossaryEntries.AsNoTracking().Include(e => e.Terms).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return row is null ? null : (await ViewsAsync(db, [row], cancellationToken))[0];
    }

    private static async Task<IReadOnlyList<GlossaryEntryView>> ViewsAsync(TranslateDbContext db, IReadOnlyList<StoredGlossaryEntry> rows, CancellationToken cancellationToken)
    {
        var names = await PersonNames.LoadAsync(db, [.. rows.Select(r => r.UpdatedById).OfType<string>().Distinct()], cancellationToken);
        return [.. rows.Select(r => new GlossaryEntryView(
            r.ToEntry(), r.Version, r.UpdatedAt, r.UpdatedById is { } id ? names.GetValueOrDefault(id, id) : null))];
    }

    private static string Escaped(string search) =>
        search.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
}
