namespace Translate.Web.Components.Pages.Editor;

/// <summary>Where the keyboard goes from a row: the rows shown, in order, that the translator can type in.</summary>
public static class SegmentNavigation
{
    /// <summary>The nearest row before (<paramref name="step"/> −1) or after (+1) that can be typed in, or null at either end.</summary>
    public static SegmentEdit? Neighbour(IReadOnlyList<SegmentEdit> shown, SegmentEdit from, int step)
    {
        for (var i = IndexOf(shown, from) + step; i >= 0 && i < shown.Count; i += step)
        {
            if (shown[i].IsTyping)
            {
                return shown[i];
            }
        }

        return null;
    }

    /// <summary>The next row that still needs work and can be typed in, after this one, wrapping round; null when none is left.</summary>
    public static SegmentEdit? NextOpen(IReadOnlyList<SegmentEdit> shown, SegmentEdit from)
    {
        var start = IndexOf(shown, from);
        return shown.Skip(start + 1).Concat(shown.Take(Math.Max(start, 0))).FirstOrDefault(e => e.IsTyping && e.IsOpen && e != from);
    }

    private static int IndexOf(IReadOnlyList<SegmentEdit> shown, SegmentEdit edit)
    {
        for (var i = 0; i < shown.Count; i++)
        {
            if (shown[i] == edit)
            {
                return i;
            }
        }

        return -1;
    }
}
