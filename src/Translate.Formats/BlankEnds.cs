namespace Translate.Formats;

/// <summary>
/// The nodes of a block (an HTML run, Markdown inlines) without what is blank at their ends, which belongs to the
/// layout of the source file rather than to the block's words.
/// </summary>
internal static class BlankEnds
{
    public static List<T> Trim<T>(List<T> nodes, Func<T, bool> isBlank)
    {
        var start = 0;
        var end = nodes.Count;
        while (start < end && isBlank(nodes[start]))
        {
            start++;
        }

        while (end > start && isBlank(nodes[end - 1]))
        {
            end--;
        }

        return nodes[start..end];
    }
}
