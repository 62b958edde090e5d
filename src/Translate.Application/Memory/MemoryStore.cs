using Microsoft.EntityFrameworkCore;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Memory;

namespace Translate.Application.Memory;

/// <summary>
/// The process's one translation memory index: loaded from the database at its first use (once, whoever asks
/// first), then kept in step with every saved change, so lookups never read the database.
/// </summary>
public sealed class MemoryStore(IDbContextFactory<TranslateDbContext> databases) : IDisposable
{
    public const int PageSize = 20;

    /// <summary>How many units a text search gathers per language before paging: the search page's horizon.</summary>
    private const int SearchHorizon = 1_000;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private TranslationMemory? _memory;

    /// <summary>The best matches for a segment, best first (see <see cref="TranslationMemory.Lookup(MemoryQuery)"/>).</summary>
    public async Task<IReadOnlyList<MemoryMatch>> MatchesAsync(MemoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return (await IndexAsync(cancellationToken)).Lookup(query);
    }

    /// <summary>Matches for a source text with its neighbours in the document (null at its start or end).</summary>
    public Task<IReadOnlyList<MemoryMatch>> MatchesAsync(
        string sourceText, string? previousSourceText, string? nextSourceText, Language sourceLanguage, Language targetLanguage,
        CancellationToken cancellationToken = default) =>
        MatchesAsync(new MemoryQuery(sourceText, sourceLanguage, targetLanguage)
        {
            PreviousSourceText = previousSourceText,
            NextSourceText = nextSourceText,
        }, cancellationToken);

    /// <summary>
    /// One page of units, newest first, in the languages asked for (either may be left open): all of them when
    /// <paramref name="text"/> is blank, else those whose text contains each of its words, in the source language
    /// when one is given, in any language otherwise.
    /// </summary>
    public async Task<MemorySearch> SearchAsync(
        string? text, Language? sourceLanguage, Language? targetLanguage, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        if (string.IsNullOrWhiteSpace(text))
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var units = db.MemoryUnits.AsNoTracking()
                .Where(u => sourceLanguage == null || u.SourceLanguage == sourceLanguage)
                .Where(u => targetLanguage == null || u.TargetLanguage == targetLanguage);
            var total = await units.CountAsync(cancellationToken);
            var rows = await units.OrderByDescending(u => u.ApprovedAt).ThenBy(u => u.Id)
                .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
            return new MemorySearch(rows, total, page, PageSize);
        }

        var index = await IndexAsync(cancellationToken);
        var found = (sourceLanguage is { } source ? [source] : LanguageCodes.All)
            .SelectMany(language => index.Search(text, language, SearchHorizon))
            .DistinctBy(u => u.Id)
            .Where(u => (sourceLanguage == null || u.SourceLanguage == sourceLanguage) && (targetLanguage == null || u.TargetLanguage == targetLanguage))
            .OrderByDescending(u => u.ApprovedAt).ThenBy(u => u.Id)
            .ToList();
        return new MemorySearch([.. found.Skip((page - 1) * PageSize).Take(PageSize)], found.Count, page, PageSize);
    }

    /// <summary>The language pairs the memory holds, with how many units each.</summary>
    public async Task<IReadOnlyList<MemoryPair>> PairsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var pairs = await db.MemoryUnits
            .GroupBy(u => new { u.SourceLanguage, u.TargetLanguage })
            .Select(g => new MemoryPair(g.Key.SourceLanguage, g.Key.TargetLanguage, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. pairs.OrderBy(p => p.SourceLanguage).ThenBy(p => p.TargetLanguage)];
    }

    public void Dispose()
    {
        _memory?.Dispose();
        _loading.Dispose();
    }

    /// <summary>The index, loaded from the database on first use; concurrent first callers wait for one load.</summary>
    internal async Task<TranslationMemory> IndexAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _memory) is { } loaded)
        {
            return loaded;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_memory is null)
            {
                await using var db = await databases.CreateDbContextAsync(cancellationToken);
                var memory = new TranslationMemory();
                memory.AddRange(await db.MemoryUnits.AsNoTracking().ToListAsync(cancellationToken));
                Volatile.Write(ref _memory, memory);
            }

            return _memory;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// After a change is committed, the index follows it. An index loaded after the commit already holds the added
    /// units, so they are removed before they are added: applying a change twice is the same as once.
    /// </summary>
    internal async Task ApplyAsync(MemoryChange change, CancellationToken cancellationToken)
    {
        var index = await IndexAsync(cancellationToken);
        foreach (var id in change.Removed.Concat(change.Added.Select(u => u.Id)))
        {
            index.Remove(id);
        }

        index.AddRange(change.Added);
    }
}
