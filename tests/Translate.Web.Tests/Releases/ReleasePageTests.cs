using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;
using Translate.Web.Components.Pages.Releases;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Releases;

public class ReleasePageTests : ComponentTest
{
    [Fact]
    public async Task Matrix_ShowsEachLanguagesStateCountsAndAssignees()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        await App.ApproveAsync(id, Language.Fr);
        SignInAs(People.Anna);

        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("table.matrix tbody tr").Count));
        var fr = cut.FindAll("table.matrix tbody tr")[0];
        Assert.Contains("Approved", fr.TextContent, StringComparison.Ordinal);
        Assert.Contains("16 of 16 segments", fr.TextContent, StringComparison.Ordinal);
        Assert.Contains("Françoise", fr.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("a[aria-label='Assign zh']"));
        Assert.NotNull(cut.Find("a[aria-label='Review de']"));
        Assert.Equal("Download the translation memory (.tmx)", cut.Find("section[aria-labelledby=export-heading] a[href$='export.tmx']").TextContent);
    }

    [Fact]
    public async Task Publish_WhileLanguagesAreOpen_ShowsTheReasonPerLanguage()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        await App.ApproveAsync(id, Language.Fr);
        SignInAs(People.Anna);
        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));
        cut.WaitForAssertion(() => cut.Find("ul.gate-reasons"));

        cut.FindAll("button").Single(b => b.TextContent == "Publish").Click();

        cut.WaitForAssertion(() => Assert.Contains("Publication refused", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        var reasons = cut.FindAll("ul.gate-reasons li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, reasons.Count);
        Assert.StartsWith("de is not approved: it is “Not started”", reasons[0], StringComparison.Ordinal);
        Assert.DoesNotContain(reasons, r => r.StartsWith("fr", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_WhenEveryLanguageIsApproved_PublishesAndListsTheVersion()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        foreach (var language in Steps.TranslatorOf.Keys)
        {
            await App.ApproveAsync(id, language);
        }

        SignInAs(People.Anna);
        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));
        cut.WaitForAssertion(() => Assert.Contains("can be published", cut.Markup, StringComparison.Ordinal));

        cut.FindAll("button").Single(b => b.TextContent == "Publish").Click();

        cut.WaitForAssertion(() => Assert.Contains("Version 1, published", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Published", cut.Find("dl.facts").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.FindAll("button").Single(b => b.TextContent == "Open a correction"));
    }

    [Fact]
    public async Task ATranslator_SeesOnlyTheirLanguagesActionsAndASubmitRefusalWhenWorkIsOpen()
    {
        var (_, slug) = await App.AssignedSampleAsync();
        SignInAs(People.Lena);
        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));
        cut.WaitForAssertion(() => cut.Find("a[aria-label='Translate lb']"));

        Assert.Empty(cut.FindAll("a[aria-label='Translate fr']"));
        Assert.Empty(cut.FindAll("a[aria-label^='Assign']"));
        Assert.Empty(cut.FindAll("section[aria-labelledby='publication-heading']"));
        cut.Find("button[aria-label='Submit lb for review']").Click();

        cut.WaitForAssertion(() => Assert.Contains("lb has 16 segment(s) not translated yet", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartTranslation_OnADraft_StartsItAndOffersAssignment()
    {
        var draft = await App.Get<ReleaseService>().CreateAsync(People.Anna.Id, new NewRelease(
            "Short note", Language.De, null, new DateOnly(2026, 12, 2), null, "Ein kurzer Satz. Noch ein Satz."));
        SignInAs(People.Ben);
        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, draft.Slug));
        cut.WaitForAssertion(() => Assert.Contains("Not started", cut.Markup, StringComparison.Ordinal));

        cut.FindAll("button").Single(b => b.TextContent == "Start translation").Click();

        cut.WaitForAssertion(() => cut.Find("a[aria-label='Assign en']"));
        Assert.Contains("In translation", cut.Find("dl.facts").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditSource_WarnsWhichLanguagesLoseTheirApprovalBeforeReplacing()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        await App.ApproveAsync(id, Language.Fr);
        SignInAs(People.Anna);
        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));
        cut.WaitForAssertion(() => cut.Find("textarea#source-text"));
        var changed = SampleRelease.Text(Language.En).Replace("at least 5 employees", "at least 6 employees", StringComparison.Ordinal);

        Type("source-text", changed);
        cut.FindAll("button").Single(b => b.TextContent == "Check what the change does").Click();

        cut.WaitForAssertion(() => Assert.Contains("These languages lose their approval or review: fr.", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("1 changed segment(s) will need an update in every language: 10.", cut.Markup, StringComparison.Ordinal);
        cut.FindAll("button").Single(b => b.TextContent == "Replace the source").Click();
        cut.WaitForAssertion(() => Assert.Contains("The source is replaced.", cut.Markup, StringComparison.Ordinal));
        var fr = cut.FindAll("table.matrix tbody tr")[0];
        Assert.Contains("In progress", fr.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditSource_TextEditedAfterTheCheck_IsCheckedAgainRatherThanReplaced()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        SignInAs(People.Anna);
        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));
        cut.WaitForAssertion(() => cut.Find("textarea#source-text"));
        var checkedText = SampleRelease.Text(Language.En).Replace("at least 5 employees", "at least 6 employees", StringComparison.Ordinal);
        Type("source-text", checkedText);
        cut.FindAll("button").Single(b => b.TextContent == "Check what the change does").Click();
        cut.WaitForAssertion(() => Assert.Contains("1 changed segment(s) will need an update in every language: 10.", cut.Markup, StringComparison.Ordinal));

        Type("source-text", checkedText + "\n\nOne more closing sentence.");
        cut.FindAll("button").Single(b => b.TextContent == "Replace the source").Click();

        cut.WaitForAssertion(() => Assert.Contains("1 new segment(s) will start empty in every language.", cut.Markup, StringComparison.Ordinal));
        await using var db = App.NewContext();
        Assert.Equal(16, await db.Segments.CountAsync(s => s.ReleaseId == id));
    }

    [Fact]
    public async Task EditSource_WithAWordDocument_ReplacesTheSourceAndOffersItAsADocxExport()
    {
        var (_, slug) = await App.AssignedSampleAsync();
        SignInAs(People.Anna);
        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));
        cut.WaitForAssertion(() => cut.Find("textarea#source-text"));
        Assert.Empty(cut.FindAll("a[aria-label='Download fr as .docx']"));
        var docx = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", "press-release.docx"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(docx, "press-release.docx"));

        // The four sentences with formatting in the document change: they now carry its inline tags.
        cut.WaitForAssertion(() => Assert.Contains("12 segments keep their translations.", cut.Find("section[aria-labelledby=source-heading]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Uploaded: press-release.docx", cut.Find("section[aria-labelledby=source-heading]").TextContent, StringComparison.Ordinal);
        Assert.Contains("4 changed segment(s) will need an update in every language: 3, 5, 8, 14.", cut.Markup, StringComparison.Ordinal);
        cut.FindAll("button").Single(b => b.TextContent == "Replace the source").Click();
        cut.WaitForAssertion(() => Assert.Contains("Read from the document press-release.docx", cut.Find("section[aria-labelledby=source-heading]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(cut.Find("a[aria-label='Download fr as .docx']"));
    }

    [Fact]
    public void AnUnknownRelease_SaysSo()
    {
        SignInAs(People.Anna);

        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, "no-such-release"));

        cut.WaitForAssertion(() => Assert.Equal("Release not found", cut.Find("h1").TextContent));
    }
}
