namespace Translate.Domain.Releases;

/// <summary>
/// Lines up the old and new segment texts of a source change, as a diff does: equal texts are kept,
/// and between two kept ones old and new segments are paired in order (changed), the rest added or removed.
/// </summary>
internal static class SegmentAlignment
{
    // Beyond this many cells the longest-common-subsequence table is too big for one request;
    // segments are then paired in order, which is still safe (a pair only ever becomes NeedsUpdate).
    private const long MaxTableCells = 4_000_000;

    public static IReadOnlyList<(int? Old, int? New)> Align(IReadOnlyList<string> oldTexts, IReadOnlyList<string> newTexts)
    {
        var prefix = 0;
        while (prefix < oldTexts.Count && prefix < newTexts.Count && oldTexts[prefix] == newTexts[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldTexts.Count - prefix && suffix < newTexts.Count - prefix
               && oldTexts[oldTexts.Count - 1 - suffix] == newTexts[newTexts.Count - 1 - suffix])
        {
            suffix++;
        }

        var pairs = new List<(int? Old, int? New)>();
        for (var i = 0; i < prefix; i++)
        {
            pairs.Add((i, i));
        }

        var oldEnd = oldTexts.Count - suffix;
        var newEnd = newTexts.Count - suffix;
        var matches = (long)(oldEnd - prefix) * (newEnd - prefix) <= MaxTableCells
            ? LongestCommonSubsequence(oldTexts, prefix, oldEnd, newTexts, prefix, newEnd)
            : [];

        var (o, n) = (prefix, prefix);
        foreach (var (mo, mn) in matches.Append((oldEnd, newEnd)))
        {
            PairGap(pairs, o, mo, n, mn);
            if (mo < oldEnd)
            {
                pairs.Add((mo, mn));
            }

            (o, n) = (mo + 1, mn + 1);
        }

        for (var i = 0; i < suffix; i++)
        {
            pairs.Add((oldEnd + i, newEnd + i));
        }

        return pairs;
    }

    private static void PairGap(List<(int? Old, int? New)> pairs, int oldStart, int oldEnd, int newStart, int newEnd)
    {
        var paired = Math.Min(oldEnd - oldStart, newEnd - newStart);
        for (var i = 0; i < paired; i++)
        {
            pairs.Add((oldStart + i, newStart + i));
        }

        for (var i = oldStart + paired; i < oldEnd; i++)
        {
            pairs.Add((i, null));
        }

        for (var i = newStart + paired; i < newEnd; i++)
        {
            pairs.Add((null, i));
        }
    }

    private static List<(int Old, int New)> LongestCommonSubsequence(
        IReadOnlyList<string> a, int aStart, int aEnd, IReadOnlyList<string> b, int bStart, int bEnd)
    {
        var rows = aEnd - aStart;
        var cols = bEnd - bStart;
        var table = new int[rows + 1, cols + 1];
        for (var i = rows - 1; i >= 0; i--)
        {
            for (var j = cols - 1; j >= 0; j--)
            {
                table[i, j] = a[aStart + i] == b[bStart + j]
                    ? table[i + 1, j + 1] + 1
                    : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var matches = new List<(int Old, int New)>();
        var (x, y) = (0, 0);
        while (x < rows && y < cols)
        {
            if (a[aStart + x] == b[bStart + y])
            {
                matches.Add((aStart + x, bStart + y));
                x++;
                y++;
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return matches;
    }
}
