using System.Text;
using Bunit;
using Translate.Application.Assignments;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Components.Pages.Editor;
using TranslationEditor = Translate.Web.Components.Pages.Editor.Editor;

namespace Translate.Web.Tests.Editor;

public sealed class LongReleaseTests : EditorTest
{
    [Fact]
    public async Task ReleaseOf2000Segments_RendersOnlyTheFirstRowsButCountsThemAll()
    {
        var cut = await OpenLongReleaseAsync();

        var rendered = RowNumbers(cut);
        Assert.Equal(1, rendered[0]);
        Assert.InRange(rendered.Count, 2, 40);
        Assert.StartsWith("0 of 2,000 segments translated", cut.Find("label[for=translated-progress]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScrolledHalfWayDown_RendersTheRowsThere_AndSpacersStandForTheOthers()
    {
        var cut = await OpenLongReleaseAsync();
        var list = cut.FindComponent<SegmentList>();

        // The browser says: the viewport starts 1,000 rows of 125 px down the list, and the first rows measured 200 px.
        await cut.InvokeAsync(() => list.Instance.Seen(1_000 * 125, 900, [new(0, 200), new(1, 200)]));

        var rendered = RowNumbers(cut);
        Assert.Contains(1_001, rendered);
        Assert.DoesNotContain(1, rendered);
        var spacers = cut.FindAll("tr.rows-spacer").Select(tr => tr.GetAttribute("style")).ToList();
        Assert.Equal($"height: {((rendered[0] - 1) * 125) + 150}px", spacers[0]);
        Assert.Equal($"height: {(2_000 - rendered[^1]) * 125}px", spacers[1]);
    }

    private async Task<IRenderedComponent<TranslationEditor>> OpenLongReleaseAsync()
    {
        var text = new StringBuilder("A long release\n");
        for (var i = 2; i <= 2000; i++)
        {
            text.Append("\nParagraph number ").Append(i).Append(" says little.\n");
        }

        await CreateSampleAsync(text.ToString(), [Language.Lb]);
        await App.Get<AssignmentService>().AssignAllAsync(People.Anna.Id, ReleaseId, Language.Lb, People.Lena.Id);
        return OpenEditor(People.Lena, Language.Lb);
    }
}
