using Microsoft.Playwright;

namespace Translate.EndToEnd.Support;

/// <summary>
/// One Playwright driver and one headless Debian Chromium for the whole run; each person gets a browser context
/// of their own (own cookies, own session storage), as if on their own machine.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // The flags that work as root on these machines; without the background-networking ones Chromium keeps
    // knocking on the closed network.
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public async Task InitializeAsync()
    {
        if (!IsInstalled)
        {
            return;
        }

        // Generous waits: CI shares two cores with the build. Waits end as soon as the page is right, never later.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
        });
    }

    public async Task<IBrowserContext> NewContextAsync(AppServer app)
    {
        var browser = _browser ?? throw new InvalidOperationException($"Chromium is not running: is it installed at {ExecutablePath}?");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Address.ToString(),
            AcceptDownloads = true,
            Locale = "en-GB",
            TimezoneId = "Europe/Luxembourg",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
