using System.Buffers;
using System.Runtime.InteropServices;

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
/// <item>Best first: shared/max(q, L) bounds the score from above (101 when it is 100 and the neighbours match), so
/// candidates are scored in that order; one whose bound cannot beat the worst result held (lower, or equal and older)
/// is not scored, and the lookup stops at the first bound below it.</item>
/// <item>Narrow first: the lookup runs at 100, 90, 80 and 70 before the query's own minimum, and stops at the first
/// that gives all the results asked for; the filters at a high minimum read few postings and few units.</item>
/// </list>
/// The units are kept column by column (units, lengths, ids, sorted ids by slot) so that the filters read small
/// arrays, not one object per unit. Not thread-safe: <see cref="TranslationMemory"/> holds its lock around every call.
/// </summary>
internal sealed class PairIndex
{
    // A removed unit keeps its slot, with no unit and a length no query accepts, until the slots are compacted.
    private const int RemovedLength = -1;

    private readonly List<MemoryUnit?> units = [];
    private readonly List<int> lengths = [];
    private readonly List<int[]> ids = [];
    private readonly List<int[]> sortedIds = [];
    private readonly Dictionary<Guid, int> slots = [];
    private readonly Dictionary<int, List<int>> postings = [];

    public int Count => slots.Count;

    public IEnumerable<MemoryUnit> Units => units.OfType<MemoryUnit>();

    public void Add(MemoryUnit unit, int[] tokenIds)
    {
        var slot = units.Count;
        var sorted = tokenIds.ToArray();
        Array.Sort(sorted);
        units.Add(unit);
        lengths.Add(tokenIds.Length);
        ids.Add(tokenIds);
        sortedIds.Add(sorted);
        slots.Add(unit.Id, slot);
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

        units[slot] = null;
        lengths[slot] = RemovedLength;
        var removed = units.Count - slots.Count;
        if (removed > 64 && removed * 2 > units.Count)
        {
            Compact();
        }

        return true;
    }

    public IReadOnlyList<MemoryMatch> Lookup(MemoryQuery query, IReadOnlyList<MemoryToken> tokens, int[] queryIds, out LookupStatistics statistics)
    {
        var (candidates, scored) = (0, 0);
        foreach (var minimum in Minimums(query.MinimumScore))
        {
            var best = Lookup(query, minimum, tokens, queryIds, ref candidates, ref scored);
            if (best.Count == query.MaximumResults || minimum == query.MinimumScore)
            {
                statistics = new LookupStatistics(Count, candidates, scored);
                return best;
            }
        }

        throw new InvalidOperationException("The last minimum is the query's own.");
    }

    /// <summary>
    /// The minimums to look up at in turn, ending with the query's. A higher minimum makes a far narrower lookup, and
    /// when it already gives the results asked for they are the best overall: every unit it leaves out scores lower.
    /// </summary>
    private static IEnumerable<int> Minimums(int minimumScore) =>
        Tightened.Where(m => m > minimumScore).Append(minimumScore);

    private static readonly int[] Tightened = [MatchScorer.Exact, 90, 80, 70];

    private List<MemoryMatch> Lookup(MemoryQuery query, int minimumScore, IReadOnlyList<MemoryToken> tokens, int[] queryIds, ref int candidateCount, ref int scored)
    {
        var candidates = Candidates(query, minimumScore, queryIds);
        candidateCount += candidates.Length;
        var best = new List<MemoryMatch>(query.MaximumResults + 1);
        var minimum = Math.Min(minimumScore, MatchScorer.Exact);
        foreach (var candidate in candidates)
        {
            var (bound, slot) = ((int)(candidate >> 32), (int)candidate);
            var unit = units[slot]!;
            var full = best.Count == query.MaximumResults;
            if (full && Loses(bound, unit, best[^1]))
            {
                // Candidates come best bound first: once a bound is below the worst result held, so are all the others.
                if (bound < best[^1].Score)
                {
                    break;
                }

                continue;
            }

            var floor = full ? Math.Max(minimum, Math.Min(best[^1].Score, MatchScorer.Exact)) : minimum;
            scored++;
            var score = MatchScorer.Score(tokens, queryIds, unit.SourceText, ids[slot], floor);
            if (score == MatchScorer.Exact && bound == MatchScorer.InContext)
            {
                score = MatchScorer.InContext;
            }

            if (score < minimumScore || (full && Loses(score, unit, best[^1])))
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

        return best;
    }

    /// <summary>
    /// The units passing the length and count filters, each as its score bound (high 32 bits) and slot (low 32 bits),
    /// best bound first and, within a bound, the later slot (usually the newer unit) first.
    /// </summary>
    private long[] Candidates(MemoryQuery query, int minimumScore, int[] queryIds)
    {
        var q = queryIds.Length;
        var minimum = Math.Min(minimumScore, MatchScorer.Exact);
        var required = ((minimum * q) + 99) / 100;
        var (shortest, longest) = (required, 100 * q / minimum);
        var sortedQuery = queryIds.ToArray();
        Array.Sort(sortedQuery);

        var lengthOf = CollectionsMarshal.AsSpan(lengths);
        var sortedOf = CollectionsMarshal.AsSpan(sortedIds);
        var seen = ArrayPool<bool>.Shared.Rent(lengthOf.Length);
        var found = new List<long>();
        try
        {
            Array.Clear(seen, 0, lengthOf.Length);
            foreach (var id in Prefix(queryIds, q - required + 1))
            {
                if (!postings.TryGetValue(id, out var list))
                {
                    continue;
                }

                foreach (var slot in CollectionsMarshal.AsSpan(list))
                {
                    var length = lengthOf[slot];
                    if (seen[slot] || length < shortest || length > longest)
                    {
                        continue;
                    }

                    seen[slot] = true;
                    var longer = Math.Max(q, length);
                    var shared = Shared(sortedQuery, sortedOf[slot]);
                    if (shared * 100 < minimum * longer)
                    {
                        continue;
                    }

                    var bound = 100 * shared / longer;
                    if (bound == MatchScorer.Exact && MemoryMatch.InContext(query, units[slot]!))
                    {
                        bound = MatchScorer.InContext;
                    }

                    found.Add(((long)bound << 32) | (uint)slot);
                }
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(seen);
        }

        var candidates = found.ToArray();
        Array.Sort(candidates);
        Array.Reverse(candidates);
        return candidates;
    }

    /// <summary>Whether a unit scoring <paramref name="score"/> would still come after <paramref name="worst"/> (<see cref="MemoryMatch.BestFirst"/>).</summary>
    private static bool Loses(int score, MemoryUnit unit, MemoryMatch worst)
    {
        if (score != worst.Score)
        {
            return score < worst.Score;
        }

        var order = worst.Unit.ApprovedAt.CompareTo(unit.ApprovedAt);
        return order != 0 ? order > 0 : unit.Id.CompareTo(worst.Unit.Id) > 0;
    }

    /// <summary>The distinct ids among the <paramref name="count"/> query tokens with the shortest postings.</summary>
    private HashSet<int> Prefix(int[] queryIds, int count)
    {
        var byRarity = queryIds.OrderBy(id => postings.TryGetValue(id, out var list) ? list.Count : 0).ThenBy(id => id);
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
        var live = Enumerable.Range(0, units.Count).Where(slot => units[slot] is not null).Select(slot => (Unit: units[slot]!, Ids: ids[slot])).ToList();
        units.Clear();
        lengths.Clear();
        ids.Clear();
        sortedIds.Clear();
        slots.Clear();
        postings.Clear();
        foreach (var (unit, tokenIds) in live)
        {
            Add(unit, tokenIds);
        }
    }
}
