namespace Translate.Domain.Memory;

/// <summary>
/// Match scores in the CAT-tool convention: word-level edit distance (Levenshtein over tokens, see
/// <see cref="MemoryTokenizer"/>), score = ⌊100 × (1 − distance / max(token counts))⌋.
/// <list type="bullet">
/// <item>100 only when the texts are equal once whitespace runs are folded.</item>
/// <item>Texts whose tokens differ only formally (case, spacing around punctuation or tags, tag numbers) are at
/// distance 0 but not equal: each kind of difference present costs <see cref="FormalPenalty"/> point, so such a
/// match reads 97 to 99 and never passes for exact.</item>
/// <item>101 (<see cref="InContext"/>) is given by the memory to a 100 whose neighbouring source segments match too.</item>
/// </list>
/// </summary>
public static class MatchScorer
{
    public const int Exact = 100;

    public const int InContext = 101;

    /// <summary>Points off an otherwise exact match for each kind of formal difference: case, spacing, tag numbers.</summary>
    public const int FormalPenalty = 1;

    /// <summary>The score of <paramref name="other"/> as a match for <paramref name="text"/>, 0 to 100.</summary>
    public static int Score(string text, string other)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(other);
        var tokenizer = new MemoryTokenizer();
        var tokens = MemoryTokenizer.Tokenize(text);
        var ids = tokenizer.Ids(tokens);
        return Math.Max(0, Score(tokens, ids, other, tokenizer.Ids(other), minimumScore: 0));
    }

    /// <summary>
    /// The score of a unit's text (<paramref name="other"/>) for a queried text, both given with their token ids from
    /// the same <see cref="MemoryTokenizer"/>, the query also with its tokens, or -1 as soon as it is certain to be
    /// below <paramref name="minimumScore"/> (the edit distance stops at the bound the minimum allows). The unit's
    /// text is split again only when the ids are equal, to see its formal differences. A text without tokens matches
    /// nothing.
    /// </summary>
    public static int Score(IReadOnlyList<MemoryToken> tokens, ReadOnlySpan<int> ids, string other, ReadOnlySpan<int> otherIds, int minimumScore)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumScore);
        var longest = Math.Max(ids.Length, otherIds.Length);
        if (ids.Length == 0 || otherIds.Length == 0)
        {
            return minimumScore == 0 ? 0 : -1;
        }

        var minimum = Math.Min(minimumScore, Exact);
        var distance = Distance(ids, otherIds, MaximumDistance(longest, minimum));
        var score = distance == 0
            ? Exact - (FormalPenalty * FormalDifferences(tokens, MemoryTokenizer.Tokenize(other)))
            : 100 * (longest - distance) / longest;
        return score >= minimum ? score : -1;
    }

    /// <summary>The largest edit distance that still scores <paramref name="minimumScore"/> between texts whose longer one has <paramref name="longest"/> tokens.</summary>
    public static int MaximumDistance(int longest, int minimumScore) => (100 - Math.Min(minimumScore, Exact)) * longest / 100;

    /// <summary>
    /// Levenshtein distance over token ids with two rows, computing only the band of cells within
    /// <paramref name="maximum"/> of the diagonal; gives <paramref name="maximum"/> + 1 as soon as a whole row exceeds it.
    /// </summary>
    public static int Distance(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int maximum)
    {
        var beyond = maximum + 1;
        if (Math.Abs(a.Length - b.Length) > maximum)
        {
            return beyond;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var rows = b.Length + 1 <= 256 ? stackalloc int[2 * (b.Length + 1)] : new int[2 * (b.Length + 1)];
        var previous = rows[..(b.Length + 1)];
        var current = rows[(b.Length + 1)..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = Math.Min(j, beyond);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var low = Math.Max(1, i - maximum);
            var high = Math.Min(b.Length, i + maximum);
            current[low - 1] = low == 1 ? Math.Min(i, beyond) : beyond;
            var rowMinimum = current[low - 1];
            var token = a[i - 1];
            for (var j = low; j <= high; j++)
            {
                var cell = previous[j - 1] + (token == b[j - 1] ? 0 : 1);
                cell = Math.Min(cell, Math.Min(previous[j], current[j - 1]) + 1);
                current[j] = Math.Min(cell, beyond);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > maximum)
            {
                return beyond;
            }

            // The next row reads one cell further right: outside the band, so beyond the bound.
            if (high < b.Length)
            {
                current[high + 1] = beyond;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    /// <summary>Whether two texts are the same once whitespace runs are folded to one space and the ends trimmed.</summary>
    public static bool SameText(string? text, string? other)
    {
        if (text is null || other is null)
        {
            return text is null && other is null;
        }

        var (i, j) = (Skip(text, 0), Skip(other, 0));
        while (i < text.Length && j < other.Length)
        {
            var (space, otherSpace) = (char.IsWhiteSpace(text[i]), char.IsWhiteSpace(other[j]));
            if (space != otherSpace)
            {
                return false;
            }

            if (space)
            {
                (i, j) = (Skip(text, i), Skip(other, j));
                if ((i == text.Length) != (j == other.Length))
                {
                    return false;
                }

                continue;
            }

            if (text[i] != other[j])
            {
                return false;
            }

            (i, j) = (i + 1, j + 1);
        }

        return Skip(text, i) == text.Length && Skip(other, j) == other.Length;
    }

    private static int Skip(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>How many kinds of formal difference (case, spacing, tag numbers) two token lists with equal keys show.</summary>
    private static int FormalDifferences(IReadOnlyList<MemoryToken> tokens, IReadOnlyList<MemoryToken> others)
    {
        bool caseDiffers = false, spacingDiffers = false, tagsDiffer = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (token, other) = (tokens[i], others[i]);
            spacingDiffers |= token.SpaceBefore != other.SpaceBefore;
            if (!string.Equals(token.Text, other.Text, StringComparison.Ordinal))
            {
                if (token.IsTag)
                {
                    tagsDiffer = true;
                }
                else
                {
                    caseDiffers = true;
                }
            }
        }

        return (caseDiffers ? 1 : 0) + (spacingDiffers ? 1 : 0) + (tagsDiffer ? 1 : 0);
    }
}
