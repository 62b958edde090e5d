using Translate.Domain.Languages;

namespace Translate.Domain.Memory;

/// <summary>
/// The translation memory in memory: approved segment pairs indexed per language pair, looked up for exact, fuzzy
/// and in-context matches without scoring every unit (see <see cref="PairIndex"/> for the filters).
/// <para>
/// Thread-safe for many concurrent readers and occasional writers, as the web app's one instance is: a
/// <see cref="ReaderWriterLockSlim"/> lets lookups and searches run together and gives a writer the index alone, so
/// a lookup sees a unit added or removed either entirely or not at all. Adding splits texts into tokens before
/// taking the lock, so readers wait only for the index to be updated.
/// </para>
/// </summary>
public sealed class TranslationMemory : IDisposable
{
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly MemoryTokenizer tokenizer = new();
    private readonly Dictionary<(Language Source, Language Target), PairIndex> pairs = [];
    private readonly Dictionary<Guid, (Language Source, Language Target)> pairOf = [];

    /// <summary>How many units the memory holds, in all language pairs.</summary>
    public int Count => Read(() => pairOf.Count);

    public void Add(MemoryUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        AddRange([unit]);
    }

    /// <summary>Adds the units all together, or none of them when one id is already in the memory (or given twice).</summary>
    public void AddRange(IEnumerable<MemoryUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var split = units.Select(u => (Unit: u ?? throw new ArgumentException("A unit is missing.", nameof(units)), Tokens: MemoryTokenizer.Tokenize(u.SourceText))).ToList();
        var duplicate = split.GroupBy(s => s.Unit.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The unit {duplicate.Key} is given twice.", nameof(units));
        }

        gate.EnterWriteLock();
        try
        {
            var known = split.FirstOrDefault(s => pairOf.ContainsKey(s.Unit.Id)).Unit;
            if (known is not null)
            {
                throw new ArgumentException($"The unit {known.Id} is already in the memory.", nameof(units));
            }

            foreach (var (unit, tokens) in split)
            {
                var pair = (unit.SourceLanguage, unit.TargetLanguage);
                if (!pairs.TryGetValue(pair, out var index))
                {
                    pairs.Add(pair, index = new PairIndex());
                }

                index.Add(unit, tokenizer.Ids(tokens));
                pairOf.Add(unit.Id, pair);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Removes a unit; false when the memory does not hold it.</summary>
    public bool Remove(Guid id)
    {
        gate.EnterWriteLock();
        try
        {
            return pairOf.Remove(id, out var pair) && pairs[pair].Remove(id);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// The best matches for a query, best first (<see cref="MemoryMatch.BestFirst"/>: score, then the newer
    /// approval), at least <see cref="MemoryQuery.MinimumScore"/>, at most <see cref="MemoryQuery.MaximumResults"/>.
    /// </summary>
    public IReadOnlyList<MemoryMatch> Lookup(MemoryQuery query) => Lookup(query, out _);

    /// <summary>The same lookup, telling how many units it found as candidates and scored.</summary>
    public IReadOnlyList<MemoryMatch> Lookup(MemoryQuery query, out LookupStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(query);
        gate.EnterReadLock();
        try
        {
            if (!pairs.TryGetValue((query.SourceLanguage, query.TargetLanguage), out var index))
            {
                statistics = default;
                return [];
            }

            var tokens = MemoryTokenizer.Tokenize(query.SourceText);
            if (tokens.Count == 0)
            {
                statistics = new LookupStatistics(index.Count, 0, 0);
                return [];
            }

            return index.Lookup(query, tokens, tokenizer.QueryIds(tokens), out statistics);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// Units whose text in <paramref name="language"/> (their source or their target) contains every word of
    /// <paramref name="text"/>, ignoring case, newest first. A scan of the units, meant for the search page, not
    /// for every keystroke of the editor.
    /// </summary>
    public IReadOnlyList<MemoryUnit> Search(string text, Language language, int maximumResults = 50)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumResults, 1);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        return Read(() => pairs
            .Where(p => p.Key.Source == language || p.Key.Target == language)
            .SelectMany(p => p.Value.Units)
            .Where(u => words.All(w => (u.SourceLanguage == language ? u.SourceText : u.TargetText).Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(u => u.ApprovedAt)
            .ThenBy(u => u.Id)
            .Take(maximumResults)
            .ToList());
    }

    public void Dispose() => gate.Dispose();

    private T Read<T>(Func<T> read)
    {
        gate.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }
}
