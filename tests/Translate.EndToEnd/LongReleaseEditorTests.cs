using System.Diagnostics;
using Microsoft.Playwright;
using Translate.Application.Assignments;
using Translate.Application.Editing;
using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.EndToEnd.Support;
using Translate.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd;

/// <summary>
/// A translator at a 2,000-segment release, by keyboard: the editor opens, and Ctrl+Enter saves and moves on, row
/// after row, without losing the focus or what was typed. The times are written out (never asserted: the benchmarks
/// hold the targets).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LongReleaseEditorTests(Chromium chromium, AppServer app, ITestOutputHelper output) : IClassFixture<AppServer>
{
    private const int Segments = 2_000;

    [BrowserFact]
    public async Task ATranslatorSavesRowAfterRow_ByKeyboard_InA2000SegmentRelease()
    {
        var slug = await LongReleaseAsync();
        var francoise = await chromium.SignInAsync(app, People.Francoise);

        // The first opening also pays for the editor's first use in this process (JIT, caches): reported apart.
        var opening = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            var clock = Stopwatch.StartNew();
            await francoise.OpenAsync($"releases/{slug}/translate/fr");
            await Expect(francoise.Translation(1)).ToBeEditableAsync();
            opening.Add(clock.Elapsed.TotalMilliseconds);
        }

        var saving = new List<double>();
        await francoise.Translation(1).FocusAsync();
        for (var number = 1; number <= 20; number++)
        {
            var box = francoise.Translation(number);
            await Expect(box).ToBeFocusedAsync();
            await box.FillAsync($"Phrase {number}, traduite.");
            var clock = Stopwatch.StartNew();
            await box.PressAsync("Control+Enter");
            await Expect(francoise.EditorStatus()).ToHaveTextAsync($"Saved segment {number} as Translated.");
            saving.Add(clock.Elapsed.TotalMilliseconds);
        }

        var stored = await app.StoredAsync(slug, Language.Fr, 20);
        Assert.Equal("Phrase 20, traduite.", stored.Text);

        // Scrolled to the end, the last rows are there; and back at the top, the first, as they were left.
        await francoise.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await Expect(francoise.Translation(Segments)).ToBeInViewportAsync();
        await francoise.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Expect(francoise.Translation(1)).ToHaveValueAsync("Phrase 1, traduite.");
        await Expect(francoise.Translation(1)).ToBeInViewportAsync();
        Report(opening, saving);
    }

    /// <summary>The sample's sentences over and over, one segment each, pasted by the editor and assigned in French.</summary>
    private async Task<string> LongReleaseAsync()
    {
        var releases = app.Get<ReleaseService>();
        var sentences = SampleRelease.Segments.Select(s => s.Text[Language.En])
            .Where(s => releases.PreviewSegmentation(s, Language.En).SegmentCount == 1).ToList();
        var text = string.Join("\n\n", Enumerable.Range(0, Segments).Select(i => sentences[i % sentences.Count]));

        await using var people = new Sessions(chromium, app);
        var anna = await people.OfAsync(People.Anna);
        await anna.PasteReleaseAsync("The annual review", "the-annual-review", text);

        var releaseId = await app.ReleaseIdAsync("the-annual-review");
        Assert.Equal(Segments, (await app.Get<EditorQueries>().LoadAsync(People.Anna.Id, "the-annual-review", Language.Fr)).Rows.Count);
        await app.Get<AssignmentService>().AssignAllAsync(People.Anna.Id, releaseId, Language.Fr, People.Francoise.Id);
        return "the-annual-review";
    }

    private void Report(List<double> opening, List<double> saving)
    {
        static string Figures(List<double> times)
        {
            var sorted = times.Order().ToList();
            var p50 = sorted[(sorted.Count - 1) / 2];
            var p95 = sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1];
            return $"p50 {p50:F0} ms, p95 {p95:F0} ms, max {sorted[^1]:F0} ms";
        }

        var report = $"""
            {Segments:N0} segments, {DateTime.UtcNow:yyyy-MM-dd}
            open the editor, first time: {opening[0]:F0} ms
            open the editor again ({opening.Count - 1}×): {Figures(opening[1..])}
            Ctrl+Enter to "Saved" ({saving.Count}×): {Figures(saving)}
            """;
        output.WriteLine(report);
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "long-release-editor.txt"), report);
    }
}
