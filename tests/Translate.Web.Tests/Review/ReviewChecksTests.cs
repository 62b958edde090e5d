using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Components.Pages.Review;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Review;

public sealed class ReviewChecksTests : ComponentTest
{
    [Fact]
    public async Task Review_ShowsEachSegmentsFindings_AndAnEditorAcknowledgesAWarningWithAReason()
    {
        var slug = await SubmittedFrenchAsync();
        SignInAs(People.Ben);
        var cut = Render<ReviewPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[role=group][aria-label^='Checks of segment']")));

        Assert.Equal(["Checks of segment 12", "Checks of segment 14", "Checks of segment 15", "Checks of segment 16"],
            cut.FindAll("[role=group][aria-label^='Checks of segment']").Select(g => g.GetAttribute("aria-label")));
        var contact = Group(cut, 12);
        Assert.Contains("Warning", contact.TextContent, StringComparison.Ordinal);
        Assert.Contains("French needs a no-break space by ':'.", contact.TextContent, StringComparison.Ordinal);

        contact.QuerySelector("button[aria-label^='Acknowledge, segment 12:']")!.Click();
        cut.ByLabel("Why the warning can stay").Input("Ministry style for contact lines");
        cut.ByLabel("Why the warning can stay").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Contains("Acknowledged by Ben Editor: Ministry style for contact lines", Group(cut, 12).TextContent, StringComparison.Ordinal));
        Assert.Equal("Warning acknowledged in segment 12.", cut.Find("[role=status]").TextContent.Trim());
        Assert.DoesNotContain("Acknowledged by", Group(cut, 14).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_WithAnEmptyReason_ShowsTheRefusalBesideTheFinding()
    {
        var slug = await SubmittedFrenchAsync();
        SignInAs(People.Ben);
        var cut = Render<ReviewPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[role=group][aria-label^='Checks of segment']")));

        Group(cut, 12).QuerySelector("button[aria-label^='Acknowledge, segment 12:']")!.Click();
        cut.Button("Save reason").Click();

        cut.WaitForAssertion(() => Assert.Equal("Say why the warning can stay: a reason is required.", Group(cut, 12).QuerySelector("[role=alert]")!.TextContent));
    }

    private static AngleSharp.Dom.IElement Group(IRenderedComponent<ReviewPage> cut, int number) =>
        cut.Find($"[role=group][aria-label='Checks of segment {number}']");

    private async Task<string> SubmittedFrenchAsync()
    {
        var release = await App.AssignedSampleAsync();
        await App.TranslateAllAsync(release.Id, Language.Fr);
        await App.Get<ReviewService>().SubmitAsync(People.Francoise.Id, release.Id, Language.Fr);
        return release.Slug;
    }
}
