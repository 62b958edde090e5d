namespace Translate.Web.Components.Pages.Editor;

/// <summary>
/// Which rows of a long list are rendered, and how tall the space above and below them is. A row seen in the browser
/// counts at its measured height, a row never seen at the estimate. The offset of a row and the row at an offset come
/// from the same heights, so the list stays where it is as measurements arrive (Blazor's Virtualize rescales every
/// row by the average height of those on screen, and a long list jumped by a hundred rows when saved rows grew a line).
/// Heights are summed in a Fenwick tree: finding a row or an offset costs O(log n) at any length.
/// </summary>
public sealed class RowWindow(double estimate, int overscan)
{
    // Rendered before the browser has said how tall its window is.
    private const double AssumedViewport = 1_000;

    private double[] _heights = [];
    private double[] _tree = [1];
    private double _viewport = AssumedViewport;

    public int Count => _heights.Length;

    /// <summary>The first rendered row.</summary>
    public int First { get; private set; }

    /// <summary>One past the last rendered row.</summary>
    public int End { get; private set; }

    /// <summary>The space the rows above the window would take.</summary>
    public double Before => OffsetOf(First);

    /// <summary>The space the rows below the window would take.</summary>
    public double After => OffsetOf(Count) - OffsetOf(End);

    /// <summary>A new list of <paramref name="count"/> rows, shown from its top.</summary>
    public void Reset(int count)
    {
        _heights = new double[count];
        _tree = new double[count + 1];
        for (var i = 0; i < count; i++)
        {
            _heights[i] = estimate;
            _tree[i + 1] += estimate;
            var parent = i + 1 + ((i + 1) & -(i + 1));
            if (parent <= count)
            {
                _tree[parent] += _tree[i + 1];
            }
        }

        (First, End) = (0, 0);
        MoveTo(0, RowAt(_viewport) + 1 + overscan);
    }

    /// <summary>A row's height as the browser laid it out.</summary>
    public void Measured(int index, double height)
    {
        if (index < 0 || index >= Count || height <= 0 || height == _heights[index])
        {
            return;
        }

        var delta = height - _heights[index];
        _heights[index] = height;
        for (var i = index + 1; i <= Count; i += i & -i)
        {
            _tree[i] += delta;
        }
    }

    /// <summary>Where a row starts, from the top of the list.</summary>
    public double OffsetOf(int index)
    {
        var sum = 0.0;
        for (var i = Math.Clamp(index, 0, Count); i > 0; i -= i & -i)
        {
            sum += _tree[i];
        }

        return sum;
    }

    /// <summary>The row at an offset from the top of the list (the last row past the end, the first above the top).</summary>
    public int RowAt(double offset)
    {
        if (Count == 0)
        {
            return 0;
        }

        // Descends the tree: the most rows whose heights together stay at or under the offset.
        var rows = 0;
        for (var step = 1 << (int)Math.Log2(Count); step > 0; step >>= 1)
        {
            if (rows + step <= Count && _tree[rows + step] <= offset)
            {
                rows += step;
                offset -= _tree[rows];
            }
        }

        return Math.Min(rows, Count - 1);
    }

    /// <summary>Renders the rows a viewport of the list shows, from <paramref name="top"/> down, and a few either side.</summary>
    public void Show(double top, double height)
    {
        _viewport = height > 0 ? height : _viewport;
        MoveTo(RowAt(top) - overscan, RowAt(top + _viewport) + 1 + overscan);
    }

    /// <summary>Makes sure a row is rendered, with a viewport's rows either side, so it can be scrolled to and focused.</summary>
    /// <returns>Whether the window changed.</returns>
    public bool Include(int index)
    {
        if (index >= First && index < End)
        {
            return false;
        }

        var at = OffsetOf(index);
        return MoveTo(RowAt(at - _viewport) - overscan, RowAt(at + _viewport) + 1 + overscan);
    }

    private bool MoveTo(int first, int end)
    {
        (first, end) = (Math.Max(0, first), Math.Min(Count, end));
        if (first == First && end == End)
        {
            return false;
        }

        (First, End) = (first, end);
        return true;
    }
}
