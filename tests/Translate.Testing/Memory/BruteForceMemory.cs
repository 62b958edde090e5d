using Translate.Domain.Memory;

namespace Translate.Testing.Memory;

/// <summary>
/// The yardstick for <see cref="TranslationMemory"/>: the same scorer run on every unit of the language pair, no
/// index. Tests check that the memory returns exactly its matches; the benchmark measures how much the index saves.
/// </summary>
public sealed class BruteForceMemory
{
    private readonly MemoryTokenizer tokenizer = new();
    private readonly List<(MemoryUnit Unit, int[] Ids)> units;

    public BruteForceMemory(IEnumerable<MemoryUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        this.units = [.. units.Select(u => (u, tokenizer.Ids(u.SourceText)))];
    }

    public IReadOnlyList<MemoryMatch> Lookup(MemoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tokens = MemoryTokenizer.Tokenize(query.SourceText);
        var ids = tokenizer.QueryIds(tokens);
        if (ids.Length == 0)
        {
            return [];
        }

        var minimum = Math.Min(query.MinimumScore, MatchScorer.Exact);
        var matches = new List<MemoryMatch>();
        foreach (var (unit, unitIds) in units)
        {
            if (unit.SourceLanguage != query.SourceLanguage || unit.TargetLanguage != query.TargetLanguage)
            {
                continue;
            }

            var score = MatchScorer.Score(tokens, ids, unit.SourceText, unitIds, minimum);
            if (score == MatchScorer.Exact && MemoryMatch.InContext(query, unit))
            {
                score = MatchScorer.InContext;
            }

            if (score >= query.MinimumScore)
            {
                matches.Add(new MemoryMatch(unit, score));
            }
        }

        matches.Sort(MemoryMatch.BestFirst);
        return matches.Count > query.MaximumResults ? matches[..query.MaximumResults] : matches;
    }
}
