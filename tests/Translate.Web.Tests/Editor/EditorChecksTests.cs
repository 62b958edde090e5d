using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Translate.Application.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;
using Translate.Web.Tests.Support;
using TranslationEditor = Translate.Web.Components.Pages.Editor.Editor;

namespace Translate.Web.Tests.Editor;

public sealed class EditorChecksTests : EditorTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    // Segment 10: "…will employ at least 5 employees in Luxembourg."
    private const string FrenchWithoutTheNumber = "Dans un premier temps, le laboratoire de recherche emploiera quelques personnes au Luxembourg.";

    [Fact]
    public async Task Typing_ShowsTheLostNumberInTheChecksPanel_AndFixingItClearsIt()
    {
        await AssignedSampleAsync();
        var cut = OpenEditor(People.Francoise, Language.Fr);

        cut.Find("#target-10").Focus();
        cut.Find("#target-10").Input(FrenchWithoutTheNumber);

        var panel = Panel(cut);
        Assert.Contains("Segment 10", panel.TextContent, StringComparison.Ordinal);
        Assert.Contains("Error The number 5 of the source is not in the translation.", Squeezed(panel.TextContent), StringComparison.Ordinal);
        Assert.Equal("1 error", Row(cut, 10).QuerySelector("button.check-count")!.TextContent.Trim());

        cut.Find("#target-10").Input(SampleRelease.Segments[9].Text[Language.Fr]);

        Assert.Contains("The checks find nothing in this segment.", Panel(cut).TextContent, StringComparison.Ordinal);
        Assert.Null(Row(cut, 10).QuerySelector("button.check-count"));
    }

    [Fact]
    public async Task Typing_AForbiddenGlossaryVariant_ShowsTheGlossaryErrorInThePanel()
    {
        await App.Get<GlossaryService>().AddAsync(People.Anna.Id, new GlossaryEntryDraft(
        [
            new GlossaryTermDraft(Language.En, "Ministry of the Economy"),
            new GlossaryTermDraft(Language.Fr, "ministère de l'Économie", ForbiddenVariants: ["ministère de l'Economie"]),
        ]));
        await AssignedSampleAsync();
        var cut = OpenEditor(People.Francoise, Language.Fr);

        cut.Find("#target-11").Focus();
        cut.Find("#target-11").Input("Communiqué par le ministère de l'Economie");

        Assert.Contains("Error \"ministère de l'Economie\" is a forbidden variant", Squeezed(Panel(cut).TextContent), StringComparison.Ordinal);
        Assert.StartsWith("1 error", Row(cut, 11).QuerySelector("button.check-count")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_AWarningWithAReason_ShowsTheReasonAndWhoAndStoresIt()
    {
        await AssignedSampleAsync();
        await TranslateAllElsewhereAsync(Language.Fr);
        var cut = OpenEditor(People.Francoise, Language.Fr);
        Assert.Equal("1 warning", Row(cut, 12).QuerySelector("button.check-count")!.TextContent.Trim());

        Row(cut, 12).QuerySelector("button.check-count")!.Click();
        cut.Find("aside button[aria-label^='Acknowledge, segment 12:']").Click();
        cut.ByLabel("Why the warning can stay").Input("House style of the ministry");
        cut.ByLabel("Why the warning can stay").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Contains("Acknowledged by Françoise: House style of the ministry", Panel(cut).TextContent, StringComparison.Ordinal), Patience);
        Assert.Contains("Warning French needs a no-break space by ':'.", Squeezed(Panel(cut).TextContent), StringComparison.Ordinal);
        await using var db = App.NewContext();
        Assert.Equal("House style of the ministry", db.Translations.Where(t => t.ReleaseId == ReleaseId && t.Segment.Number == 12 && t.Language == Language.Fr)
            .AsEnumerable().Single().Acknowledgements.Single().Reason);
    }

    [Fact]
    public async Task Acknowledge_ThenEscape_CancelsWithoutStoring()
    {
        await AssignedSampleAsync();
        await TranslateAllElsewhereAsync(Language.Fr);
        var cut = OpenEditor(People.Francoise, Language.Fr);

        Row(cut, 12).QuerySelector("button.check-count")!.Click();
        cut.Find("aside button[aria-label^='Acknowledge, segment 12:']").Click();
        cut.ByLabel("Why the warning can stay").Input("Not sure");
        cut.ByLabel("Why the warning can stay").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(cut.FindAll("aside input"));
        Assert.DoesNotContain("Acknowledged by", Panel(cut).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WithCheckErrors_ShowsTheRefusalAndTheSegmentsToFix_EachLeadingToItsSegment()
    {
        await AssignedSampleAsync();
        await TranslateAllElsewhereAsync(Language.Fr);
        await SaveElsewhereAsync(10, Language.Fr, FrenchWithoutTheNumber);
        var cut = OpenEditor(People.Francoise, Language.Fr);

        cut.Button("Submit French for review").Click();

        cut.WaitForAssertion(() => Assert.Contains("fr cannot be submitted while the checks find errors in 1 segment(s): 10.",
            cut.Find("[role=alert].submit-refusal").TextContent, StringComparison.Ordinal), Patience);
        var refusal = cut.Find("[role=alert].submit-refusal");
        Assert.Contains("The number 5 of the source is not in the translation.", refusal.TextContent, StringComparison.Ordinal);
        cut.Find("[role=alert].submit-refusal").QuerySelectorAll("button").Single(b => b.TextContent == "Go to segment 10").Click();
        Assert.Contains("Segment 10", Panel(cut).TextContent, StringComparison.Ordinal);
        Assert.Contains("The number 5 of the source is not in the translation.", Panel(cut).TextContent, StringComparison.Ordinal);
        Assert.Equal(LanguageState.InProgress, await LanguageStateAsync());
    }

    [Fact]
    public async Task Submit_WithOnlyWarnings_PutsTheLanguageInReview()
    {
        await AssignedSampleAsync();
        await TranslateAllElsewhereAsync(Language.Fr);
        var cut = OpenEditor(People.Francoise, Language.Fr);

        cut.Button("Submit French for review").Click();

        cut.WaitForAssertion(() => Assert.Contains("French submitted for review.", Announcement(cut), StringComparison.Ordinal), Patience);
        Assert.Equal(LanguageState.InReview, await LanguageStateAsync());
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent == "Submit French for review");
    }

    private static AngleSharp.Dom.IElement Panel(IRenderedComponent<TranslationEditor> cut) => cut.Find("aside[aria-label='Current segment']");

    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<LanguageState> LanguageStateAsync() => (await App.Get<Translate.Application.Releases.ReleaseQueries>().OverviewAsync(Slug))!.Languages.Single(l => l.Progress.Language == Language.Fr).Progress.State;
}
