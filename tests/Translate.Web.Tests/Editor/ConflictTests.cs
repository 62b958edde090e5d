using Bunit;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Testing;

namespace Translate.Web.Tests.Editor;

/// <summary>A save based on a stale version: both texts are shown and nothing is lost, whichever way the translator goes.</summary>
public sealed class ConflictTests : EditorTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task StaleSave_ShowsBothTextsWithWhoSavedTheirs()
    {
        var cut = await ConflictAsync();

        var panel = cut.Find("section.conflict");
        Assert.Equal("Segment 1 was changed meanwhile", panel.QuerySelector("#conflict-1")!.TextContent);
        Assert.Equal(["Mine", "Theirs"], panel.QuerySelectorAll(".conflict-text").Select(p => p.TextContent));
        Assert.Contains("Translated, saved by Lena", panel.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#target-1"));
        Assert.Equal(("Theirs", TranslationState.Translated), await StoredAsync(1, Language.Lb));
    }

    [Fact]
    public async Task KeepMine_SavesMineOverTheirs()
    {
        var cut = await ConflictAsync();

        cut.Find("section.conflict button:contains('Keep mine')").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("section.conflict")), Patience);
        Assert.Equal("Mine", cut.Find("#target-1").GetAttribute("value"));
        Assert.Equal(("Mine", TranslationState.Translated), await StoredAsync(1, Language.Lb));
    }

    [Fact]
    public async Task TakeTheirs_PutsTheirTextInTheTargetAndTheNextSaveBuildsOnIt()
    {
        var cut = await ConflictAsync();

        cut.Find("section.conflict button:contains('Take theirs')").Click();

        Assert.Equal("Theirs", cut.Find("#target-1").GetAttribute("value"));
        cut.Find("#target-1").Input("Theirs, improved");
        cut.Find("#target-1").Focus();
        cut.Find("button[aria-label='Save draft, segment 1']").Click();
        cut.WaitForAssertion(() => Assert.Equal("Draft", Row(cut, 1).QuerySelector(".state")!.TextContent), Patience);
        Assert.Equal(("Theirs, improved", TranslationState.Draft), await StoredAsync(1, Language.Lb));
    }

    [Fact]
    public async Task Edit_GoesBackToMineWithTheirsInViewAndTheNextSaveIsAccepted()
    {
        var cut = await ConflictAsync();

        cut.Find("section.conflict button:contains('Edit')").Click();

        Assert.Equal("Mine", cut.Find("#target-1").GetAttribute("value"));
        Assert.Equal("Saved meanwhile by Lena: Theirs", cut.Find("#meanwhile-1").TextContent);
        cut.Find("#target-1").Input("Mine and theirs");
        cut.Find("#target-1").Focus();
        cut.Find("button[aria-label='Save as translated, segment 1']").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#meanwhile-1")), Patience);
        Assert.Equal(("Mine and theirs", TranslationState.Translated), await StoredAsync(1, Language.Lb));
    }

    /// <summary>Lena opens the editor, saves segment 1 in another tab, then saves other text here.</summary>
    private async Task<IRenderedComponent<Translate.Web.Components.Pages.Editor.Editor>> ConflictAsync()
    {
        await AssignedSampleAsync();
        var cut = OpenEditor(People.Lena, Language.Lb);
        await SaveElsewhereAsync(1, Language.Lb, "Theirs");

        cut.Find("#target-1").Input("Mine");
        cut.Find("#target-1").Focus();
        cut.Find("button[aria-label='Save as translated, segment 1']").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("section.conflict")), Patience);
        return cut;
    }
}
