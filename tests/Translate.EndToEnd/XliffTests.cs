using Microsoft.Playwright;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.EndToEnd.Support;
using Translate.Formats.Interchange;
using Translate.Testing;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd;

/// <summary>
/// A translator who works offline in a CAT tool: she downloads her segments as XLIFF from the release page,
/// translates them outside Translate, uploads the file back and finds her translations in the editor.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class XliffTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    [BrowserFact]
    public async Task AnXliffFileTranslatedOffline_IsUploadedBack_AndItsTargetsAreInTheEditor()
    {
        var slug = await app.AssignedSampleAsync("Space cooperation, translated offline");
        var segments = SampleRelease.Segments.Count;
        await using var people = new Sessions(chromium, app);
        var francoise = await people.OfAsync(People.Francoise);

        await francoise.OpenAsync($"releases/{slug}");
        await francoise.Link("XLIFF download and upload for fr").ClickAsync();
        await Expect(francoise.Heading("XLIFF for offline translation: French (fr)")).ToBeVisibleAsync();
        var download = await francoise.RunAndWaitForDownloadAsync(() => francoise.Link("Download XLIFF 2.1").ClickAsync());
        Assert.Equal($"{slug}-en-fr.xlf", download.SuggestedFilename);

        var folder = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var translated = Path.Combine(folder, download.SuggestedFilename);
            await TranslateOfflineAsync(download, translated);
            await UploadAsync(francoise, translated, segments);
        }
        finally
        {
            // Chromium reads the file while the page uploads it: it is deleted only once the summary is there.
            Directory.Delete(folder, recursive: true);
        }

        await francoise.Link("Translate in the browser").ClickAsync();
        await francoise.WaitForCircuitAsync();
        for (var segment = 1; segment <= segments; segment++)
        {
            // The editor renders the rows near the screen: scrolling down as one reads brings the next ones.
            if (segment > 1)
            {
                await francoise.Translation(segment - 1).ScrollIntoViewIfNeededAsync();
            }

            await Expect(francoise.Translation(segment)).ToHaveValueAsync(Reference(segment));
        }

        Assert.Equal((Reference(segments), TranslationState.Translated), await StoredAsync(slug, segments));
    }

    /// <summary>The upload's summary: every segment applied, with its new text.</summary>
    private static async Task UploadAsync(IPage francoise, string translated, int segments)
    {
        await francoise.Field("Translated XLIFF file").SetInputFilesAsync(translated);
        await Expect(francoise.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{segments} applied, 0 unchanged, 0 refused.");
        var summary = francoise.GetByRole(AriaRole.Table, new() { Name = "Each segment of the file: applied, unchanged or refused, with the reason" });
        var rows = summary.GetByRole(AriaRole.Row).Filter(new() { Has = francoise.GetByRole(AriaRole.Cell) });
        await Expect(rows).ToHaveCountAsync(segments);
        await Expect(rows.Filter(new() { HasTextString = "Applied" })).ToHaveCountAsync(segments);
        await Expect(rows.First).ToContainTextAsync(Reference(1));
        await Screenshots.TakeAsync(francoise, "xliff-upload-summary");
        await francoise.AssertNoSeriousViolationsAsync();
    }

    /// <summary>What a CAT tool does: every target filled with the French reference, the rest of the file kept.</summary>
    private static async Task TranslateOfflineAsync(IDownload download, string translated)
    {
        // Playwright's download stream reads only asynchronously; the reader reads synchronously.
        using var bytes = new MemoryStream();
        await using (var stream = await download.CreateReadStreamAsync())
        {
            await stream.CopyToAsync(bytes);
        }

        bytes.Position = 0;
        var file = Xliff2Reader.Read(bytes, ReaderLimits.Default, Language.En, Language.Fr);

        Assert.Equal(SampleRelease.Segments.Count, file.Units.Count);
        Assert.All(file.Units, u => Assert.True(u.Target is null || u.Target.IsEmpty));
        var units = file.Units
            .Select(u => u with { Target = TaggedText.ToInline(Reference(u.SegmentNumber!.Value)), State = TranslationState.Translated })
            .ToList();
        await using var output = File.Create(translated);
        Xliff2Writer.Write(file with { Units = units }, output);
    }

    private async Task<(string Text, TranslationState State)> StoredAsync(string slug, int segment)
    {
        var row = await app.StoredAsync(slug, Language.Fr, segment);
        return (row.Text, row.State);
    }

    private static string Reference(int segment) => SampleRelease.Segments[segment - 1].Text[Language.Fr];
}
