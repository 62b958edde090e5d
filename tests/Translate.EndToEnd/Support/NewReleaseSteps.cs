using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd.Support;

/// <summary>An editor at *New release*.</summary>
public static class NewReleaseSteps
{
    /// <summary>Pastes a source text under a title, creates the release and waits for its page, in translation.</summary>
    public static async Task PasteReleaseAsync(this IPage page, string title, string slug, string text)
    {
        await page.OpenAsync("releases/new");
        await page.Field("Title").FillAsync(title);
        // Hundreds of KB are typed in at once: on a busy machine that takes longer than a click.
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Source text", Exact = true }).FillAsync(text, new() { Timeout = 120_000 });
        await page.Button("Create release").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith($"/releases/{slug}", StringComparison.Ordinal), new() { Timeout = 60_000 });
        await Expect(page.GetByText("In translation").First).ToBeVisibleAsync();
    }
}
