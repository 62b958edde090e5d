using Translate.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Assignments;
using Translate.Application.Editing;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Testing;
using Translate.Web.Components.Pages.Review;

namespace Translate.Web.Tests.Review;

public sealed class ReviewPageTests : ComponentTest
{
    private const string Table = "French beside";

    [Fact]
    public async Task Approve_ALanguageInReview_ShowsItApproved()
    {
        var (_, slug) = await SubmittedFrenchAsync();
        SignInAs(People.Ben);
        var cut = Render<ReviewPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));
        cut.WaitForAssertion(() => Assert.Equal("In review", State(cut)));

        cut.Button("Approve French").Click();

        cut.WaitForAssertion(() => Assert.Equal("French approved.", cut.Find("[role=status]").TextContent.Trim()));
        Assert.Equal("Approved", State(cut));
        Assert.All(cut.Rows(Table), r => Assert.Equal("Approved", r[3]));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task Approve_ByAnEditorWhoTranslated_ShowsTheFourEyesRefusalAndTheLanguageStaysInReview()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        await App.Get<AssignmentService>().AssignRangeAsync(People.Anna.Id, id, Language.Fr, 1, 3, People.Claire.Id);
        await App.TranslateAllAsync(id, Language.Fr);
        await App.Get<ReviewService>().SubmitAsync(People.Claire.Id, id, Language.Fr);
        SignInAs(People.Claire);
        var cut = Render<ReviewPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));
        cut.WaitForAssertion(() => Assert.Equal("In review", State(cut)));

        cut.Button("Approve French").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "You wrote translations in fr for this version; another editor must approve it.",
            cut.Find("[role=alert]").TextContent.Trim()));
        Assert.Equal("In review", State(cut));
        Assert.Empty(cut.Find("[role=status]").TextContent.Trim());
        Assert.Equal(LanguageState.InReview, await FrenchStateAsync(id));
    }

    [Fact]
    public async Task RequestChanges_WithComments_MarksThoseSegmentsRejected()
    {
        var (id, slug) = await SubmittedFrenchAsync();
        SignInAs(People.Ben);
        var cut = Render<ReviewPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));
        cut.WaitForElement("input[aria-label='Send back segment 2']");

        cut.Find("input[aria-label='Send back segment 2']").Change(true);
        cut.Find("textarea[aria-label='Comment on segment 2']").Change("Le titre est trop long.");
        cut.Find("input[aria-label='Send back segment 5']").Change(true);
        cut.Find("textarea[aria-label='Comment on segment 5']").Change("Vérifier le nom du ministre.");
        cut.Button("Request changes").Click();

        cut.WaitForAssertion(() => Assert.Equal("2 segments of French sent back.", cut.Find("[role=status]").TextContent.Trim()));
        var states = cut.Rows(Table).Select(r => r[3]).ToList();
        Assert.StartsWith("Rejected", states[1], StringComparison.Ordinal);
        Assert.Contains("Le titre est trop long.", states[1], StringComparison.Ordinal);
        Assert.StartsWith("Rejected", states[4], StringComparison.Ordinal);
        Assert.Equal(SampleRelease.Segments.Count - 2, states.Count(s => s == "Translated"));
        Assert.Equal("Changes requested", State(cut));
        Assert.Equal(LanguageState.ChangesRequested, await FrenchStateAsync(id));
        Assert.Empty(cut.FindAll("textarea"));
    }

    [Fact]
    public async Task RequestChanges_WithoutAComment_ShowsTheRefusalAndSendsNothingBack()
    {
        var (id, slug) = await SubmittedFrenchAsync();
        SignInAs(People.Ben);
        var cut = Render<ReviewPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));
        cut.WaitForElement("input[aria-label='Send back segment 3']");

        cut.Find("input[aria-label='Send back segment 3']").Change(true);
        cut.Button("Request changes").Click();

        cut.WaitForAssertion(() => Assert.Equal("Segment 3 needs a comment saying what to change.", cut.Find("[role=alert]").TextContent.Trim()));
        Assert.All(cut.Rows(Table), r => Assert.Equal("Translated", r[3]));
        Assert.Equal(LanguageState.InReview, await FrenchStateAsync(id));
        Assert.NotNull(cut.Find("textarea[aria-label='Comment on segment 3']"));
    }

    [Fact]
    public async Task History_ListsTheRevisionsOfASegmentNewestFirst()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        var translation = await App.TranslationAsync(id, 6, Language.Fr);
        var saved = await App.Get<TranslationService>().SaveAsync(People.Francoise.Id, id, translation.SegmentId, Language.Fr,
            "Le Centre", translation.Version, TranslationState.Draft);
        await App.Get<TranslationService>().SaveAsync(People.Francoise.Id, id, translation.SegmentId, Language.Fr,
            "Le Centre national des sciences spatiales.", saved.Version, TranslationState.Translated);
        SignInAs(People.Anna);
        var cut = Render<ReviewPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("summary"), s => s.TextContent.Trim() == "History of segment 6"));
        var details = cut.FindAll("details").Single(d => d.QuerySelector("summary")!.TextContent.Trim() == "History of segment 6");
        var revisions = details.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, revisions.Count);
        Assert.Contains("Françoise", revisions[0], StringComparison.Ordinal);
        Assert.Contains("Before: Le Centre", revisions[0], StringComparison.Ordinal);
        Assert.Contains("After: Le Centre national des sciences spatiales.", revisions[0], StringComparison.Ordinal);
        Assert.Contains("Before: (empty)", revisions[1], StringComparison.Ordinal);
        Assert.Contains("After: Le Centre", revisions[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buttons_WhileTheLanguageIsNotInReview_AreDisabledWithTheReason()
    {
        var (_, slug) = await App.AssignedSampleAsync();
        SignInAs(People.Ben);
        var cut = Render<ReviewPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));
        cut.WaitForAssertion(() => Assert.Equal("Not started", State(cut)));

        var approve = cut.Button("Approve French");
        Assert.True(approve.HasAttribute("disabled"));
        Assert.True(cut.Button("Request changes").HasAttribute("disabled"));
        Assert.StartsWith("French is not in review", cut.Find("#" + approve.GetAttribute("aria-describedby")).TextContent.Trim(), StringComparison.Ordinal);
    }

    private static string State(IRenderedComponent<ReviewPage> cut) => cut.Find("h1 + p .state").TextContent.Trim();

    private async Task<(Guid Id, string Slug)> SubmittedFrenchAsync()
    {
        var release = await App.AssignedSampleAsync();
        await App.TranslateAllAsync(release.Id, Language.Fr);
        await App.Get<ReviewService>().SubmitAsync(People.Francoise.Id, release.Id, Language.Fr);
        return release;
    }

    private async Task<LanguageState> FrenchStateAsync(Guid releaseId)
    {
        await using var db = App.NewContext();
        return (await db.Releases.Include(r => r.Languages).SingleAsync(r => r.Id == releaseId)).Language(Language.Fr).State;
    }
}
