using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Testing;

namespace Translate.Web.Tests.Editor;

public sealed class EditorPageTests : EditorTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Open_ShowsEverySegmentSideBySideWithStateWordsAndProgress()
    {
        await AssignedSampleAsync();
        await SaveElsewhereAsync(1, Language.Lb, SampleRelease.Segments[0].Text[Language.Lb]);

        var cut = OpenEditor(People.Lena, Language.Lb);

        Assert.Equal(Enumerable.Range(1, SampleRelease.Segments.Count), RowNumbers(cut));
        var row = Row(cut, 3);
        Assert.Equal(SampleRelease.Segments[2].Text[Language.En], row.QuerySelector("td.source[lang=en]")!.TextContent);
        var target = row.QuerySelector("textarea[aria-label='Translation of segment 3']")!;
        Assert.Equal("lb", target.GetAttribute("lang"));
        Assert.Equal("Empty", row.QuerySelector(".state")!.TextContent);
        Assert.Equal("Translated", Row(cut, 1).QuerySelector(".state")!.TextContent);
        Assert.Equal(SampleRelease.Segments[0].Text[Language.Lb], Row(cut, 1).QuerySelector("textarea")!.GetAttribute("value"));
        var words = cut.FindAll("td.words").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(words, w => Assert.True(w > 0));
        Assert.Contains($"1 of 16 segments translated ({words[0]} of {words.Sum():N0} words)", cut.Find("label[for=translated-progress]").TextContent, StringComparison.Ordinal);
        Assert.Equal("1", cut.Find("progress").GetAttribute("value"));
        Assert.NotNull(cut.Find(".keyboard-help"));
    }

    [Fact]
    public async Task SegmentActions_AreThoseOfTheSegmentBeingWorkedOn_InTheSidePanelNotOnEveryRow()
    {
        await AssignedSampleAsync();
        var cut = OpenEditor(People.Lena, Language.Lb);
        string[] Actions() => [.. cut.FindAll(".segment-panel .row-actions button").Select(b => b.GetAttribute("aria-label")!)];

        Assert.Empty(cut.FindAll("tr.segment button:not(.check-count)"));
        Assert.Equal(["Save draft, segment 1", "Save as translated, segment 1", "Copy source, segment 1"], Actions());

        cut.Find("#target-3").Focus();

        Assert.Equal(["Save draft, segment 3", "Save as translated, segment 3", "Copy source, segment 3"], Actions());
        Assert.Equal("Segment 3", cut.Find("#actions-heading").TextContent);
    }

    [Fact]
    public async Task SaveAsTranslated_StoresTheTextUpdatesTheStateAndTheProgressAndAnnouncesIt()
    {
        await AssignedSampleAsync();
        var cut = OpenEditor(People.Lena, Language.Lb);

        cut.Find("#target-2").Input("Den National Space Science Center grënnt e Fuerschungslabo.");
        cut.Find("#target-2").Focus();
        cut.Find("button[aria-label='Save as translated, segment 2']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Translated", Row(cut, 2).QuerySelector(".state")!.TextContent), Patience);
        Assert.Contains("Saved segment 2", Announcement(cut), StringComparison.Ordinal);
        Assert.StartsWith("1 of 16 segments translated", cut.Find("label[for=translated-progress]").TextContent, StringComparison.Ordinal);
        Assert.Equal(("Den National Space Science Center grënnt e Fuerschungslabo.", TranslationState.Translated), await StoredAsync(2, Language.Lb));
    }

    [Fact]
    public async Task SaveDraft_KeepsTheSegmentOpenAsDraft()
    {
        await AssignedSampleAsync();
        var cut = OpenEditor(People.Lena, Language.Lb);

        cut.Find("#target-2").Input("Den National");
        cut.Find("#target-2").Focus();
        cut.Find("button[aria-label='Save draft, segment 2']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Draft", Row(cut, 2).QuerySelector(".state")!.TextContent), Patience);
        Assert.Equal(("Den National", TranslationState.Draft), await StoredAsync(2, Language.Lb));
    }

    [Fact]
    public async Task CtrlEnter_SavesAsTranslatedAndMovesFocusToTheNextOpenSegment()
    {
        await AssignedSampleAsync();
        await SaveElsewhereAsync(2, Language.Lb, SampleRelease.Segments[1].Text[Language.Lb]);
        var module = JSInterop.SetupModule(ModulePath);
        var cut = OpenEditor(People.Lena, Language.Lb);

        cut.Find("#target-1").Input("Lëtzebuerg schafft mat China zesummen");
        cut.Find("#target-1").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        cut.WaitForAssertion(() => Assert.Equal("Translated", Row(cut, 1).QuerySelector(".state")!.TextContent), Patience);
        Assert.Equal(TranslationState.Translated, (await StoredAsync(1, Language.Lb)).State);
        var focus = Assert.Single(module.Invocations["focusSegment"]);
        Assert.Equal(3, focus.Arguments[0]);
    }

    [Fact]
    public async Task AltDownAndAltUp_MoveFocusBetweenTheRows()
    {
        await AssignedSampleAsync();
        var module = JSInterop.SetupModule(ModulePath);
        var cut = OpenEditor(People.Lena, Language.Lb);

        cut.Find("#target-5").KeyDown(new KeyboardEventArgs { Key = "ArrowDown", AltKey = true });
        cut.Find("#target-5").KeyDown(new KeyboardEventArgs { Key = "ArrowUp", AltKey = true });
        cut.Find("#target-5").KeyDown(new KeyboardEventArgs { Key = "a" });

        Assert.Equal([6, 4], module.Invocations["focusSegment"].Select(i => i.Arguments[0]));
    }

    [Fact]
    public async Task CopySource_ByButtonOrKeyboard_FillsTheTargetWithTheSource()
    {
        await AssignedSampleAsync();
        var cut = OpenEditor(People.Lena, Language.Lb);

        cut.Find("#target-4").Focus();
        cut.Find("button[aria-label='Copy source, segment 4']").Click();
        cut.Find("#target-5").KeyDown(new KeyboardEventArgs { Key = "S", CtrlKey = true, ShiftKey = true });

        Assert.Equal(SampleRelease.Segments[3].Text[Language.En], cut.Find("#target-4").GetAttribute("value"));
        Assert.Equal(SampleRelease.Segments[4].Text[Language.En], cut.Find("#target-5").GetAttribute("value"));
        Assert.Equal("Unsaved", Row(cut, 4).QuerySelector(".unsaved")!.TextContent);
    }

    [Fact]
    public async Task Filters_ShowOpenNeedsUpdateAndRejectedSegments()
    {
        await AssignedSampleAsync();
        await TranslateAllElsewhereAsync(Language.Lb);
        await App.Get<Translate.Application.Review.ReviewService>().SubmitAsync(People.Lena.Id, ReleaseId, Language.Lb);
        await SendBackAsync(Language.Lb, 7, "Check the n-rule.");
        await ChangeSourceOfSegmentAsync(3); // "signed today" becomes "signed on Tuesday"
        var cut = OpenEditor(People.Lena, Language.Lb);

        cut.Find("#editor-filter").Change("Open");
        Assert.Equal([3, 7], RowNumbers(cut));
        cut.Find("#editor-filter").Change("NeedsUpdate");
        Assert.Equal([3], RowNumbers(cut));
        cut.Find("#editor-filter").Change("Rejected");
        Assert.Equal([7], RowNumbers(cut));
        cut.Find("#editor-filter").Change("All");
        Assert.Equal(16, RowNumbers(cut).Count);
    }

    [Fact]
    public async Task AssignedToMe_ShowsOnlyTheTranslatorsShare()
    {
        await CreateSampleAsync();
        var assignments = App.Get<Translate.Application.Assignments.AssignmentService>();
        await assignments.AssignRangeAsync(People.Anna.Id, ReleaseId, Language.Lb, 1, 4, People.Lena.Id);
        await assignments.AssignRangeAsync(People.Anna.Id, ReleaseId, Language.Lb, 5, 16, People.Luc.Id);
        var cut = OpenEditor(People.Lena, Language.Lb);

        cut.Find("#editor-filter").Change("AssignedToMe");

        Assert.Equal([1, 2, 3, 4], RowNumbers(cut));
    }

    [Fact]
    public async Task RejectedSegment_ShowsTheEditorsComment()
    {
        await AssignedSampleAsync();
        await TranslateAllElsewhereAsync(Language.Lb);
        await App.Get<Translate.Application.Review.ReviewService>().SubmitAsync(People.Lena.Id, ReleaseId, Language.Lb);
        await SendBackAsync(Language.Lb, 7, "Satellittemissiounen: please check the n-rule.");

        var cut = OpenEditor(People.Lena, Language.Lb);

        var row = Row(cut, 7);
        Assert.Equal("Rejected", row.QuerySelector(".state")!.TextContent);
        Assert.Equal("Editor's comment: Satellittemissiounen: please check the n-rule.", row.QuerySelector("#comment-7")!.TextContent);
        Assert.Equal("comment-7", row.QuerySelector("textarea")!.GetAttribute("aria-describedby"));
        Assert.Null(Row(cut, 6).QuerySelector("[id^=comment]"));
    }

    [Fact]
    public async Task TranslatorOfAnotherLanguage_SeesReadOnlyRowsWithTheAssignee()
    {
        await AssignedSampleAsync();

        var cut = OpenEditor(People.Dieter, Language.Lb);

        Assert.Empty(cut.FindAll("textarea"));
        Assert.Empty(cut.FindAll("button[aria-label^='Save']"));
        Assert.All(cut.FindAll(".read-only-reason"), p => Assert.Equal("Assigned to Lena", p.TextContent));
        Assert.Equal(16, cut.FindAll(".read-only-reason").Count);
    }

    [Fact]
    public async Task LanguageInReview_IsReadOnlyAndSaysSo()
    {
        await AssignedSampleAsync();
        await TranslateAllElsewhereAsync(Language.Lb);
        await App.Get<Translate.Application.Review.ReviewService>().SubmitAsync(People.Lena.Id, ReleaseId, Language.Lb);

        var cut = OpenEditor(People.Lena, Language.Lb);

        Assert.Empty(cut.FindAll("textarea"));
        Assert.All(cut.FindAll(".read-only-reason"), p => Assert.Equal("In review", p.TextContent));
        Assert.Contains("Luxembourgish is in review", cut.Find("p.message.warn").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedSave_ShowsTheRefusalInTheRow()
    {
        await AssignedSampleAsync();
        var cut = OpenEditor(People.Lena, Language.Lb);

        cut.Find("#target-2").Focus();
        cut.Find("button[aria-label='Save as translated, segment 2']").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "Segment 2 in lb cannot be marked translated while it is empty.",
            Row(cut, 2).QuerySelector("[role=alert]")!.TextContent), Patience);
        Assert.Equal("Empty", Row(cut, 2).QuerySelector(".state")!.TextContent);
    }

    private async Task ChangeSourceOfSegmentAsync(int number)
    {
        var sentence = SampleRelease.Segments[number - 1].Text[Language.En];
        var source = SampleRelease.Text(Language.En).Replace(sentence, sentence.Replace("signed today", "signed on Tuesday", StringComparison.Ordinal), StringComparison.Ordinal);
        int editVersion;
        await using (var db = App.NewContext())
        {
            editVersion = db.Releases.Single(r => r.Id == ReleaseId).EditVersion;
        }

        await App.Get<Translate.Application.Releases.ReleaseService>().ChangeSourceAsync(People.Anna.Id, ReleaseId, source, editVersion);
    }
}
