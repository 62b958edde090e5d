using System.Globalization;
using System.Net;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Segmentation;
using Translate.Testing;
using Translate.Web.Tests.Support;
using Translate.Web.Components.Pages.Releases;

namespace Translate.Web.Tests.Releases;

public sealed class NewReleaseTests : ComponentTest
{
    [Fact]
    public void Open_TicksTheFourLanguagesOtherThanTheSource()
    {
        SignInAs(People.Anna);

        var cut = Render<NewReleasePage>();

        Assert.Equal(["target-de", "target-fr", "target-lb", "target-zh"], TargetCheckboxes(cut).Where(c => c.IsChecked).Select(c => c.Id).Order());
        Assert.DoesNotContain(TargetCheckboxes(cut), c => c.Id == "target-en");
        Assert.Equal("Source language", cut.Find("label[for='source-language']").TextContent);
    }

    [Fact]
    public void ChangingTheSourceLanguage_MakesTheOtherFourTheTargets()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        cut.Find("#target-fr").Change(false);

        cut.Find("#source-language").Change(nameof(Language.De));

        Assert.Equal(["target-en", "target-fr", "target-lb", "target-zh"], TargetCheckboxes(cut).Where(c => c.IsChecked).Select(c => c.Id).Order());
    }

    [Fact]
    public void PreviewSegmentation_OfThePastedSample_ShowsItsNumberedSegmentsAndTotals()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        Type("source-text", SampleRelease.Text(Language.En));

        Button(cut, "Preview segmentation").Click();

        cut.WaitForElement("section[aria-labelledby='segmentation-preview']");
        var words = SampleRelease.Segments.Sum(s => TextCounter.Count(s.Text[Language.En], Language.En));
        Assert.Contains($"11 blocks, 16 segments, {words} words.", cut.Markup, StringComparison.Ordinal);
        var firstRow = cut.FindAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(["1", "1 · Title", SampleRelease.Title, TextCounter.Count(SampleRelease.Title, Language.En).ToString(CultureInfo.InvariantCulture)], firstRow);
        Assert.Equal(16, cut.FindAll("tbody tr").Count);
    }

    [Fact]
    public void Upload_OfAMarkdownFile_FillsTheTextAndPreviewsItsMarkdownBlocks()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("# Space *news*\n\n- First point.\n- Second point.", "release.md"));

        cut.WaitForAssertion(() => Assert.Equal("# Space *news*\n\n- First point.\n- Second point.", cut.Find("#source-text").GetAttribute("value")));
        cut.WaitForAssertion(() => Assert.Equal(["1 · Title", "2 · List item", "3 · List item"], cut.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent)));
        Assert.Equal("Space <1>news</1>", cut.FindAll("tbody tr")[0].QuerySelectorAll("td")[2].TextContent);
    }

    [Theory]
    [InlineData("release.pdf", "release.pdf cannot be used as the source")]
    [InlineData("latin1.txt", "latin1.txt is refused: The file is not valid UTF-8 plain text")]
    public void Upload_OfAFileThatCannotBeTheSource_SaysWhyAndKeepsTheText(string fileName, string message)
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        Type("source-text", "Pasted text.");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.Latin1.GetBytes("Lëtzebuerg"), fileName));

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Find("[role='alert']").TextContent, StringComparison.Ordinal));
        Button(cut, "Preview segmentation").Click();
        cut.WaitForAssertion(() => Assert.Equal("Pasted text.", cut.FindAll("tbody tr td")[2].TextContent));
    }

    [Fact]
    public async Task Create_FromPastedHtml_KeepsThePageToRebuildItInEachLanguage()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        cut.Find("#title").Change("From a web page");
        cut.Find("#due-date").Change("2026-12-01");
        cut.Find("#source-format").Change(SourceFormat.Html.ToString());
        Type("source-text", "<h1>Space news</h1><p>Luxembourg <b>signs</b>. China agrees.</p><script>alert(1)</script>");

        cut.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("/releases/from-a-web-page", navigation.Uri, StringComparison.Ordinal));
        var release = await LoadAsync("from-a-web-page");
        Assert.Equal(["Space news", "Luxembourg <1>signs</1>.", "China agrees."], release.Segments.Select(s => s.Text));
        Assert.NotNull(release.SourceDocumentId);
    }

    [Fact]
    public void Upload_OverTheConfiguredLimit_IsRefused()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[(20 * 1024 * 1024) + 1], "big.txt"));

        cut.WaitForAssertion(() => Assert.Contains("big.txt is larger than the limit of 20 MB", cut.Find("[role='alert']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_WithStartTranslationNow_CreatesStartsAndOpensTheRelease()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        cut.Find("#title").Change("Space cooperation with China");
        cut.Find("#target-zh").Change(false);
        cut.Find("#due-date").Change("2026-12-01");
        Type("source-text", SampleRelease.Text(Language.En));

        cut.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("/releases/space-cooperation-with-china", navigation.Uri, StringComparison.Ordinal));
        var release = await LoadAsync("space-cooperation-with-china");
        Assert.Equal(ReleaseStatus.InTranslation, release.Status);
        Assert.Equal([Language.Fr, Language.De, Language.Lb], release.TargetLanguages);
        Assert.Equal(new DateOnly(2026, 12, 1), release.DueDate);
        Assert.Equal(16, release.Segments.Count);
    }

    [Fact]
    public async Task Create_FromAWordDocument_NamesItPreviewsItsSegmentsAndKeepsItWithTheRelease()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        cut.Find("#title").Change("From Word");
        cut.Find("#due-date").Change("2026-12-01");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Docx("press-release.docx"), "press-release.docx"));

        cut.WaitForAssertion(() => Assert.Contains("The source is the uploaded document press-release.docx", cut.Find("[role='status']").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("#source-text"));
        Assert.Equal(16, cut.FindAll("tbody tr").Count);
        Assert.Contains("The <1>Ministry of the Economy</1>", cut.FindAll("tbody tr")[2].TextContent, StringComparison.Ordinal);

        cut.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("/releases/from-word", navigation.Uri, StringComparison.Ordinal));
        var release = await LoadAsync("from-word");
        Assert.NotNull(release.SourceDocumentId);
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.En]), release.Segments.Select(s => InlineTags.Strip(s.Text)));
    }

    [Fact]
    public void Upload_OfAZipBombNamedLikeAWordDocument_IsRefusedNamingTheProblem()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Docx(Path.Combine("hostile", "zip-bomb.docx")), "zip-bomb.docx"));

        cut.WaitForAssertion(() => Assert.Contains("zip-bomb.docx is refused:", cut.Find("[role='alert']").TextContent, StringComparison.Ordinal));
        Assert.Contains("zip bomb", cut.Find("[role='alert']").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("#source-text"));
    }

    private static byte[] Docx(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", name));

    [Fact]
    public async Task Create_FromMarkdownWithoutStarting_KeepsTheMarkdownBlocksInADraft()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        cut.Find("#title").Change("Markdown release");
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("# Title\n\n## Heading\n\n- One.\n- Two.", "release.md"));
        cut.WaitForAssertion(() => Assert.Equal("# Title\n\n## Heading\n\n- One.\n- Two.", cut.Find("#source-text").GetAttribute("value")));
        // The box in the browser now holds the file's text, which is what the page reads when it creates the release.
        Type("source-text", cut.Find("#source-text").GetAttribute("value")!);
        cut.Find("#start-now").Change(false);

        cut.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("/releases/markdown-release", navigation.Uri, StringComparison.Ordinal));
        var release = await LoadAsync("markdown-release");
        Assert.Equal(ReleaseStatus.Draft, release.Status);
        Assert.Equal([BlockKind.Title, BlockKind.Heading, BlockKind.ListItem, BlockKind.ListItem], release.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public async Task Create_WithAnEmbargoInTheSkippedHour_ShowsTheRefusalAndCreatesNothing()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        cut.Find("#title").Change("Embargoed");
        Type("source-text", "One sentence.");
        cut.Find("#embargo-date").Change("2027-03-28");
        cut.Find("#embargo-time").Change("02:30:00");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains(
            "2027-03-28 02:30 does not exist in Europe/Luxembourg", cut.Find("[role='alert']").TextContent, StringComparison.Ordinal));
        await using var db = App.NewContext();
        Assert.False(await db.Releases.AnyAsync());
    }

    [Fact]
    public async Task Create_WithMoreSegmentsThanAReleaseHolds_SaysSoAndCreatesNothing()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        cut.Find("#title").Change("Annual report");
        Type("source-text", string.Join("\n\n", Enumerable.Range(1, 20_001).Select(i => $"Sentence {i}.")));

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(
            "The source has 20,001 segments; a release holds at most 20,000. Split it into several releases.",
            cut.Find("[role='alert']").TextContent), TimeSpan.FromSeconds(10));
        await using var db = App.NewContext();
        Assert.False(await db.Releases.AnyAsync());
    }

    [Fact]
    public async Task Create_WithAPastedTextLargerThanTheUploadLimit_SaysSoUnderTheBoxAndCreatesNothing()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        cut.Find("#title").Change("Too large");
        Type("source-text", new string('a', 21 * 1024 * 1024));

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("The text is 21 MB; a source may be at most 20 MB. Split it into several releases.",
            cut.Find("#source-text + [role='alert']").TextContent));
        Assert.Equal("true", cut.Find("#source-text").GetAttribute("aria-invalid"));
        await using var db = App.NewContext();
        Assert.False(await db.Releases.AnyAsync());
    }

    [Fact]
    public void Create_WithEmptySourceAndStartNow_CreatesTheDraftAndSaysWhyTranslationDidNotStart()
    {
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        cut.Find("#title").Change("Empty");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains(
            "created as a draft, but translation did not start: The source has no segments to translate.",
            cut.Find("[role='alert']").TextContent, StringComparison.Ordinal));
        Assert.Equal("releases/empty", cut.Find("[role='alert'] a").GetAttribute("href"));
    }

    [Fact]
    public async Task Create_ByATranslator_ShowsTheServersRefusal()
    {
        SignInAs(People.Francoise);
        var cut = Render<NewReleasePage>();
        cut.Find("#title").Change("Not mine to create");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(
            "Françoise is not an editor; only editors may do this.", cut.Find("[role='alert']").TextContent));
        await using var db = App.NewContext();
        Assert.False(await db.Releases.AnyAsync());
    }

    [Fact]
    public async Task Page_ForATranslator_IsNotAllowedAndForAnEditorOpens()
    {
        var translator = await Browser.SignedInAsync(App, People.Dieter);
        var editor = await Browser.SignedInAsync(App, People.Ben);

        var refused = await translator.GetAsync("/releases/new");
        var page = await editor.GetAsync("/releases/new");

        Assert.Equal("/Account/AccessDenied", Browser.RedirectPath(refused));
        Assert.Contains("<h1>Not allowed</h1>", await translator.GetStringAsync(refused.Headers.Location), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>New release</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<AngleSharp.Html.Dom.IHtmlInputElement> TargetCheckboxes(IRenderedComponent<NewReleasePage> cut) =>
        [.. cut.FindAll("input[type='checkbox'][id^='target-']").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()];

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<NewReleasePage> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private async Task<Release> LoadAsync(string slug)
    {
        await using var db = App.NewContext();
        return await db.Releases.Include(r => r.Blocks).Include(r => r.Segments).Include(r => r.Languages)
            .AsSplitQuery().SingleAsync(r => r.Slug == slug);
    }
}
