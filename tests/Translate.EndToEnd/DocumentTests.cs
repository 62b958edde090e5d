using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using Translate.Application.Assignments;
using Translate.Application.Releases;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.EndToEnd.Support;
using Translate.Formats;
using Translate.Testing;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd;

/// <summary>
/// A release whose source is a Word document: the editor uploads it on the new release page, sees its segments with
/// their inline tags, and downloads each language as the same document, translated, from the release page.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class DocumentTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    private const string Title = "Space cooperation with China, from Word";
    private const string Document = "press-release.docx";

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [BrowserFact]
    public async Task AWordDocumentAsTheSource_IsPreviewedWithTags_AndExportedInFrenchAsAWordDocumentWithTheTranslation()
    {
        await using var people = new Sessions(chromium, app);
        var anna = await people.OfAsync(People.Anna);

        var slug = await CreateFromTheDocumentAsync(anna);

        // Nothing is translated yet: the French preview says it is one in its first paragraph, then it is the
        // document's paragraphs and styles without text (a paragraph of several segments keeps the spaces that would join them).
        var preview = await DownloadFrenchAsync(anna, slug);
        Assert.Equal(PreviewNotice.Text, preview[0].Text);
        var untranslated = preview.Skip(1).ToList();
        Assert.Equal(Paragraphs(Fixture(Document)).Select(p => p.Style), untranslated.Select(p => p.Style));
        Assert.All(untranslated, p => Assert.True(string.IsNullOrWhiteSpace(p.Text), $"'{p.Text}' in {p.Style}"));

        await app.Get<AssignmentService>().AssignAllAsync(People.Anna.Id, await app.ReleaseIdAsync(slug), Language.Fr, People.Francoise.Id);
        var francoise = await people.OfAsync(People.Francoise);
        await francoise.OpenAsync($"releases/{slug}/translate/fr");
        await francoise.Translation(1).FillAsync(Reference(1, Language.Fr));
        await francoise.Button("Save as translated, segment 1").ClickAsync();
        await Expect(francoise.EditorStatus()).ToHaveTextAsync("Saved segment 1 as Translated.");

        await anna.OpenAsync($"releases/{slug}");
        var french = await DownloadFrenchAsync(anna, slug);
        Assert.Equal(Reference(1, Language.Fr), Assert.Single(french, p => p.Style == "Title").Text);
        Assert.Equal("", Assert.Single(french, p => p.Style == "Heading1").Text);
    }

    [BrowserFact]
    public async Task AZipBombAsTheSource_IsRefusedInAnAlert_AndNothingIsCreated()
    {
        await using var people = new Sessions(chromium, app);
        var anna = await people.OfAsync(People.Anna);
        var before = (await app.Get<ReleaseQueries>().ListAsync()).Count;

        await anna.OpenAsync("releases/new");
        await anna.Field("Title").FillAsync("A hostile document");
        await anna.Field("Upload a document").SetInputFilesAsync(Fixture("zip-bomb.docx"));

        await Expect(anna.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "zip-bomb.docx is refused: The document would unpack to far more than any document needs (a zip bomb?).");
        await Expect(anna.GetByText("The source is the uploaded document")).ToHaveCountAsync(0);
        await Expect(anna.Heading("Segmentation preview")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(anna, "new-release-hostile-document");
        Assert.Equal(before, (await app.Get<ReleaseQueries>().ListAsync()).Count);
    }

    /// <summary>Anna uploads the Word document, checks its 16 segments in the preview, and creates the release, started.</summary>
    private static async Task<string> CreateFromTheDocumentAsync(IPage anna)
    {
        await anna.OpenAsync("releases/new");
        await anna.Field("Title").FillAsync(Title);
        await anna.Field("Upload a document").SetInputFilesAsync(Fixture(Document));

        await Expect(anna.GetByRole(AriaRole.Status)).ToContainTextAsync($"The source is the uploaded document {Document}");
        await Expect(anna.GetByRole(AriaRole.Textbox, new() { Name = "Source text", Exact = true })).ToHaveCountAsync(0);
        var preview = anna.GetByRole(AriaRole.Table, new() { Name = "Segments of the source, block by block" });
        await Expect(anna.GetByText($"{SampleRelease.Segments.Count} segments")).ToBeVisibleAsync();
        var rows = preview.GetByRole(AriaRole.Row).Filter(new() { Has = anna.GetByRole(AriaRole.Cell) });
        await Expect(rows).ToHaveCountAsync(SampleRelease.Segments.Count);
        var texts = new List<string>();
        for (var row = 0; row < SampleRelease.Segments.Count; row++)
        {
            texts.Add(await rows.Nth(row).GetByRole(AriaRole.Cell).Nth(2).InnerTextAsync());
        }

        Assert.Contains("The <1>Ministry of the Economy</1> and the China National Space Administration", texts[2], StringComparison.Ordinal);
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.En]), texts.Select(InlineTags.Strip));
        await Expect(anna.Field("Start translation now")).ToBeCheckedAsync();
        await Screenshots.TakeAsync(anna, "new-release-document");
        await anna.AssertNoSeriousViolationsAsync();

        await anna.Button("Create release").ClickAsync();
        await anna.WaitForURLAsync(url => !url.EndsWith("/releases/new", StringComparison.Ordinal));
        await Expect(anna.Heading(Title)).ToBeVisibleAsync();
        await Expect(anna.GetByText("In translation").First).ToBeVisibleAsync();
        await Expect(anna.GetByRole(AriaRole.Paragraph).Filter(new() { HasTextString = $"Read from the document {Document}" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(anna, "release-document");
        await anna.AssertNoSeriousViolationsAsync();
        return new Uri(anna.Url).AbsolutePath.Split('/')[^1];
    }

    /// <summary>The French .docx from the release page's Export panel, under the preview's file name, read as Word reads it.</summary>
    private static async Task<IReadOnlyList<(string? Style, string Text)>> DownloadFrenchAsync(IPage anna, string slug)
    {
        var download = await anna.RunAndWaitForDownloadAsync(() => anna.Link("Download fr as .docx").ClickAsync());
        Assert.Equal($"{slug}-fr-preview.docx", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(path);
        try
        {
            return Paragraphs(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Every paragraph of the document's body, tables' included, with its style and text.</summary>
    private static List<(string? Style, string Text)> Paragraphs(string path)
    {
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        return word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))
            .ToList();
    }

    private static string Reference(int segment, Language language) => SampleRelease.Segments[segment - 1].Text[language];
}
