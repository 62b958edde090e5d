using System.Text;
using Bunit;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Web.Tests.Editor;

public sealed class LongReleaseTests : EditorTest
{
    [Fact]
    public async Task ReleaseOf2000Segments_RendersOnlyTheRowsInViewButCountsThemAll()
    {
        var text = new StringBuilder("A long release\n");
        for (var i = 2; i <= 2000; i++)
        {
            text.Append("\nParagraph number ").Append(i).Append(" says little.\n");
        }

        await CreateSampleAsync(text.ToString(), [Language.Lb]);
        await App.Get<Translate.Application.Assignments.AssignmentService>().AssignAllAsync(People.Anna.Id, ReleaseId, Language.Lb, People.Lena.Id);
        JSInterop.AddInvocationHandler(new ViewportHandler(height: 900));

        var cut = OpenEditor(People.Lena, Language.Lb);

        var rendered = RowNumbers(cut);
        Assert.Equal(1, rendered[0]);
        Assert.InRange(rendered.Count, 2, 40);
        Assert.StartsWith("0 of 2,000 segments translated", cut.Find("label[for=translated-progress]").TextContent, StringComparison.Ordinal);
    }
}
