namespace Translate.Domain.Glossaries;

/// <summary>
/// Terms keyed by their first word (or, for Chinese and punctuation, their first character), so that finding terms in
/// a segment costs one look-up per word of the segment whatever the size of the glossary.
/// </summary>
internal sealed class TermIndex<T>
{
    private readonly Dictionary<string, List<IndexedTerm>> _byFirst = new(StringComparer.Ordinal);

    public void Add(string term, bool caseSensitive, T value)
    {
        var key = TermKey.Of(term, caseSensitive);
        var first = First(key.ToLowerInvariant(), 0).ToString();
        if (!_byFirst.TryGetValue(first, out var terms))
        {
            terms = [];
            _byFirst.Add(first, terms);
        }

        terms.Add(new IndexedTerm(key, caseSensitive, value));
    }

    /// <summary>Every place where a term of the index is written, overlaps included.</summary>
    public IEnumerable<TermMatch<T>> All(MatchText text)
    {
        if (_byFirst.Count == 0)
        {
            yield break;
        }

        var lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        var lowered = text.Lowered;
        for (var i = 0; i < lowered.Length; i++)
        {
            if (i > 0 && TermKey.IsWordCharacter(lowered[i]) && TermKey.IsWordCharacter(lowered[i - 1]))
            {
                continue;
            }

            if (!lookup.TryGetValue(First(lowered, i), out var terms))
            {
                continue;
            }

            foreach (var term in terms.Where(t => text.Has(t.Key, t.CaseSensitive, i)))
            {
                yield return new TermMatch<T>(i, term.Key.Length, term.Value);
            }
        }
    }

    /// <summary>Where terms are written, the longest winning where they overlap ("Ministry of the Economy" over "Economy"), in order.</summary>
    public IReadOnlyList<TermMatch<T>> Longest(MatchText text)
    {
        var taken = new bool[text.Value.Length];
        var chosen = new List<TermMatch<T>>();
        foreach (var match in All(text).OrderByDescending(m => m.Length).ThenBy(m => m.Start))
        {
            if (taken.AsSpan(match.Start, match.Length).Contains(true))
            {
                continue;
            }

            taken.AsSpan(match.Start, match.Length).Fill(true);
            chosen.Add(match);
        }

        return [.. chosen.OrderBy(m => m.Start)];
    }

    private static ReadOnlySpan<char> First(string text, int start)
    {
        if (!TermKey.IsWordCharacter(text[start]))
        {
            return text.AsSpan(start, 1);
        }

        var end = start;
        while (end < text.Length && TermKey.IsWordCharacter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    private sealed record IndexedTerm(string Key, bool CaseSensitive, T Value);
}

/// <summary>A term found at <see cref="Start"/> of a <see cref="MatchText"/>'s value, <see cref="Length"/> characters long.</summary>
internal readonly record struct TermMatch<T>(int Start, int Length, T Value);
