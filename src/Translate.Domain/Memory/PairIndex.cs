using System.Buffers;

namespace Translate.Domain.Memory;

/// <summary>
/// The units of one language pair with an inverted index from token id to the units holding it, so that a lookup
/// scores only units that can reach the minimum score:
/// <list type="number">
/// <item>Length filter: a unit of L tokens is at least |L − q| edits from a query of q tokens, so only
/// ⌈q·min/100⌉ ≤ L ≤ ⌊100·q/min⌋ can score min.</item>
/// <item>Count filter: d edits leave at least max(q, L) − d tokens in common, so a unit needs ⌈min·max(q, L)/100⌉
/// shared tokens (multiset), hence at least t = ⌈min·q/100⌉. Any q − t + 1 of the query's tokens then include a
/// shared one: only the postings of the q − t + 1 rarest are read (prefix filtering), and the shared count of each
/// unit found is checked exactly.</item>
/// <item>Best first: shared/max(q, L) bounds the score from above, so candidates are scored in that order and the
/// lookup stops when the bound falls below the worst of the results it already holds.</item>
/// </list>
/// Not thread-safe: <see cref="TranslationMemory"/> holds its lock around every call.
/// </summary>
internal sealed class PairIndex
{
    private readonly List<Entry> entries = [];
    private readonly Dictionary<Guid, int> slots = [];
    private readonly Dictionary<int, List<int>> postings = [];
    private int removed;

    public int Count => slots.Count;

    public IEnumerable<MemoryUnit> Units => entries.Where(e => !e.Removed).Select(e => e.Unit);

    public void Add(MemoryUnit unit, int[] ids)
    {
        var slot = entries.Count;
        var entry = new Entry(unit, ids);
        entries.Add(entry);
        slots.Add(unit.Id, slot);
        var sorted = entry.SortedIds;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i] == sorted[i - 1])
            {
                continue;
            }

            if (!postings.TryGetValue(sorted[i], out var list))
            {
                postings.Add(sorted[i], list = []);
            }

            list.Add(slot);
        }
    }

    /// <summary>Marks the unit removed; the slots are compacted once removed units make up half of them.</summary>
    public bool Remove(Guid id)
    {
        if (!slots.Remove(id, out var slot))
        {
            return false;
        }

        entries[slot].Removed = true;
        removed++;
        if (removed > 64 && removed * 2 > entries.Count)
        {
            Compact();
        }

        return true;
    }

    public IReadOnlyList<MemoryMatch> Lookup(MemoryQuery query, int[] ids, out LookupStatistics statistics)
    {
        var q = ids.Length;
        var minimum = Math.Min(query.MinimumScore, MatchScorer.Exact);
        var required = ((minimum * q) + 99) / 100;
        var shortest = required;
        var longest = 100 * q / minimum;

        var sortedQuery = ids.ToArray();
        Array.Sort(sortedQuery);
        var seen = ArrayPool<bool>.Shared.Rent(entries.Count);
        var candidates = new List<Candidate>();
        try
        {
            Array.Clear(seen, 0, entries.Count);
            foreach (var id in Prefix(ids, q - required + 1))
            {
                if (!postings.TryGetValue(id, out var list))
                {
                    continue;
                }

                foreach (var slot in list)
                {
                    if (seen[slot])
                    {
                        continue;
                    }

                    seen[slot] = true;
                    var entry = entries[slot];
                    var length = entry.Ids.Length;
                    if (entry.Removed || length < shortest || length > longest)
                    {
                        continue;
                    }

                    var longer = Math.Max(q, length);
                    var shared = Shared(sortedQuery, entry.SortedIds);
                    if (shared * 100 >= minimum * longer)
                    {
                        candidates.Add(new Candidate(entry, 100 * shared / longer));
                    }
                }
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(seen);
        }

        candidates.Sort(static (x, y) =>
        {
            var order = y.Bound.CompareTo(x.Bound);
            return order != 0 ? order : y.Entry.Unit.ApprovedAt.CompareTo(x.Entry.Unit.ApprovedAt);
        });

        var best = new List<MemoryMatch>(query.MaximumResults + 1);
        var scored = 0;
        foreach (var candidate in candidates)
        {
            var full = best.Count == query.MaximumResults;

            // An equal score may still win on recency, so only a bound below the worst result held stops the lookup.
            if (full && Possible(candidate.Bound) < best[^1].Score)
            {
                break;
            }

            var floor = full ? Math.Max(minimum, Math.Min(best[^1].Score, MatchScorer.Exact)) : minimum;
            var unit = candidate.Entry.Unit;
            scored++;
            var score = MatchScorer.Score(query.SourceText, ids, unit.SourceText, candidate.Entry.Ids, floor);
            if (score == MatchScorer.Exact && MemoryMatch.InContext(query, unit))
            {
                score = MatchScorer.InContext;
            }

            if (score < query.MinimumScore)
            {
                continue;
            }

            var match = new MemoryMatch(unit, score);
            var at = best.BinarySearch(match, MemoryMatch.BestFirst);
            best.Insert(at < 0 ? ~at : at, match);
            if (best.Count > query.MaximumResults)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        statistics = new LookupStatistics(Count, candidates.Count, scored);
        return best;
    }

    // An exact bound may turn out in context.
    private static int Possible(int bound) => bound == MatchScorer.Exact ? MatchScorer.InContext : bound;

    /// <summary>The distinct ids among the <paramref name="count"/> query tokens with the shortest postings.</summary>
    private HashSet<int> Prefix(int[] ids, int count)
    {
        var byRarity = ids.OrderBy(id => postings.TryGetValue(id, out var list) ? list.Count : 0).ThenBy(id => id);
        return [.. byRarity.Take(count)];
    }

    /// <summary>The size of the multiset intersection of two sorted id arrays.</summary>
    private static int Shared(int[] sorted, int[] other)
    {
        int i = 0, j = 0, shared = 0;
        while (i < sorted.Length && j < other.Length)
        {
            if (sorted[i] == other[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (sorted[i] < other[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    private void Compact()
    {
        var live = entries.Where(e => !e.Removed).ToList();
        entries.Clear();
        slots.Clear();
        postings.Clear();
        removed = 0;
        foreach (var entry in live)
        {
            Add(entry.Unit, entry.Ids);
        }
    }

    private sealed class Entry(MemoryUnit unit, int[] ids)
    {
        public MemoryUnit Unit { get; } = unit;

        public int[] Ids { get; } = ids;

        public int[] SortedIds { get; } = Sorted(ids);

        public bool Removed { get; set; }

        private static int[] Sorted(int[] ids)
        {
            var sorted = ids.ToArray();
            Array.Sort(sorted);
            return sorted;
        }
    }

    private readonly record struct Candidate(Entry Entry, int Bound);
}
