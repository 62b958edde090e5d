using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd.Support;

/// <summary>A translator at the side-by-side editor, working by keyboard.</summary>
public static class EditorSteps
{
    public static ILocator Translation(this IPage page, int segment) =>
        page.GetByRole(AriaRole.Textbox, new() { Name = $"Translation of segment {segment}", Exact = true });

    public static ILocator EditorStatus(this IPage page) => page.Locator("p.editor-status");

    /// <summary>
    /// Goes through the open segments as the keyboard leads, from the first one: types the text into the focused
    /// translation, Ctrl+Enter saves it as translated and moves the focus to the next open segment, until the
    /// editor says none is left. Returns the segment numbers in the order they were typed.
    /// </summary>
    public static async Task<IReadOnlyList<int>> TypeOpenSegmentsAsync(this IPage page, int first, Func<int, string> textOf)
    {
        var typed = new List<int>();
        await page.Translation(first).FocusAsync();
        while (true)
        {
            var focused = page.Locator("textarea[id^='target-']:focus");
            var number = int.Parse((await focused.GetAttributeAsync("id"))!["target-".Length..], CultureInfo.InvariantCulture);
            await focused.FillAsync(textOf(number));
            await focused.PressAsync("Control+Enter");
            await Expect(page.EditorStatus()).ToContainTextAsync($"Saved segment {number} as Translated.");
            typed.Add(number);

            // The shortcut moves the focus to the next open row, or the editor says there is none left.
            var next = page.Locator($"textarea[id^='target-']:focus:not(#target-{number})");
            var done = page.EditorStatus().Filter(new() { HasTextString = "No open segments left." });
            await Expect(next.Or(done)).ToBeVisibleAsync();
            if (await done.IsVisibleAsync())
            {
                return typed;
            }
        }
    }
}
