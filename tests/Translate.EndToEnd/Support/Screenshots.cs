using Microsoft.Playwright;

namespace Translate.EndToEnd.Support;

/// <summary>Full-page screenshots kept as test artifacts under TestResults/screenshots/ in the run's working directory.</summary>
public static class Screenshots
{
    public static string Folder => Path.Combine(Directory.GetCurrentDirectory(), "TestResults", "screenshots");

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
