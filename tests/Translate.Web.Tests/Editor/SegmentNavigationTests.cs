using Translate.Application.Editing;
using Translate.Domain.Documents;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Web.Components.Pages.Editor;

namespace Translate.Web.Tests.Editor;

public sealed class SegmentNavigationTests
{
    private static SegmentEdit Row(int number, TranslationState state = TranslationState.Empty, bool editable = true) =>
        new(new EditorRow(Guid.NewGuid(), number, BlockKind.Paragraph, $"Sentence {number}.", 2, "", state, 0, null, null, null, null, null,
            editable ? null : ReadOnlyReason.AssignedToSomeoneElse, [], []), (_, _) => []);

    [Fact]
    public void UpAndDown_SkipRowsThatCannotBeTypedIn_AndStopAtTheEnds()
    {
        List<SegmentEdit> rows = [Row(1), Row(2, editable: false), Row(3), Row(4)];

        Assert.Equal(3, SegmentNavigation.Neighbour(rows, rows[0], +1)?.Number);
        Assert.Equal(1, SegmentNavigation.Neighbour(rows, rows[2], -1)?.Number);
        Assert.Null(SegmentNavigation.Neighbour(rows, rows[0], -1));
        Assert.Null(SegmentNavigation.Neighbour(rows, rows[3], +1));
    }

    [Fact]
    public void TheNextOpenRow_IsAfterThisOne_WrappingRound_PastDoneAndReadOnlyRows()
    {
        List<SegmentEdit> rows = [Row(1), Row(2, TranslationState.Translated), Row(3, editable: false), Row(4, TranslationState.Approved), Row(5)];

        Assert.Equal(5, SegmentNavigation.NextOpen(rows, rows[0])?.Number);
        Assert.Equal(1, SegmentNavigation.NextOpen(rows, rows[4])?.Number);
        Assert.Null(SegmentNavigation.NextOpen([rows[0], rows[1]], rows[0]));
    }

    [Fact]
    public void FromARowNoLongerShown_TheNextOpenRowIsTheFirst()
    {
        List<SegmentEdit> rows = [Row(1, TranslationState.Translated), Row(2), Row(3)];

        Assert.Equal(2, SegmentNavigation.NextOpen(rows, Row(9))?.Number);
    }
}
