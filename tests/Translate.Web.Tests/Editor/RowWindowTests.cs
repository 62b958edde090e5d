using Translate.Web.Components.Pages.Editor;

namespace Translate.Web.Tests.Editor;

public sealed class RowWindowTests
{
    private const int Overscan = 4;

    [Fact]
    public void ANewList_RendersTheRowsOfAViewportFromTheTop()
    {
        var window = new RowWindow(estimate: 100, Overscan);
        window.Reset(2_000);

        Assert.Equal((0, 10 + 1 + Overscan), (window.First, window.End));
        Assert.Equal((0, (2_000 - window.End) * 100.0), (window.Before, window.After));
    }

    [Fact]
    public void OffsetsAndRows_AgreeWithTheMeasuredHeights()
    {
        var window = new RowWindow(estimate: 100, Overscan);
        window.Reset(1_000);
        var heights = Enumerable.Range(0, 1_000).Select(i => 40.0 + (i * 37 % 200)).ToList();
        for (var i = 0; i < heights.Count; i++)
        {
            window.Measured(i, heights[i]);
        }

        for (var i = 0; i < heights.Count; i++)
        {
            var offset = heights.Take(i).Sum();
            Assert.Equal(offset, window.OffsetOf(i), precision: 6);
            Assert.Equal(i, window.RowAt(offset));
            Assert.Equal(i, window.RowAt(offset + heights[i] - 0.5));
        }
    }

    [Fact]
    public void OffsetsOutsideTheList_AreItsFirstAndLastRow()
    {
        var window = new RowWindow(estimate: 100, Overscan);
        window.Reset(10);

        Assert.Equal(0, window.RowAt(-500));
        Assert.Equal(9, window.RowAt(1_000_000));
        window.Reset(0);
        Assert.Equal((0, 0, 0.0), (window.RowAt(50), window.End, window.After));
    }

    [Fact]
    public void WalkingDownRowsTallerThanTheEstimate_KeepsTheRowInViewRendered()
    {
        // Blazor's Virtualize rescaled the rows below by the new average height of those on screen; at 2,000 rows
        // a row growing a line after its save moved the window a hundred rows past the one the translator was in.
        var window = new RowWindow(estimate: 125, Overscan);
        window.Reset(2_000);
        for (var row = 0; row < 60; row++)
        {
            for (var rendered = window.First; rendered < window.End; rendered++)
            {
                window.Measured(rendered, rendered <= row ? 170 : 140);
            }

            window.Show(window.OffsetOf(row), 800);

            Assert.InRange(row, window.First, window.End - 1);
            Assert.InRange(window.First, row - Overscan - 1, row);
        }
    }

    [Fact]
    public void IncludingARowFarAway_RendersItWithAViewportEitherSide()
    {
        var window = new RowWindow(estimate: 100, Overscan);
        window.Reset(5_000);
        window.Show(0, 800);

        Assert.True(window.Include(4_000));
        Assert.Equal((4_000 - 8 - Overscan, 4_000 + 8 + 1 + Overscan), (window.First, window.End));
        Assert.False(window.Include(4_001));
    }

    [Fact]
    public void TheSpaceAroundTheWindow_IsWhatItsRowsMeasured()
    {
        var window = new RowWindow(estimate: 100, Overscan);
        window.Reset(100);
        window.Measured(0, 300);
        window.Measured(99, 50);

        window.Show(5_000, 800);

        Assert.Equal(200 + (window.First * 100.0), window.Before);
        Assert.Equal(((100 - window.End) * 100.0) - 50, window.After);
    }
}
