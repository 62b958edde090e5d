using Microsoft.Playwright;
using Translate.Domain.Users;

namespace Translate.EndToEnd.Support;

/// <summary>The people of a test, each signed in in a browser context of their own; closed together at the end.</summary>
public sealed class Sessions(Chromium chromium, AppServer app) : IAsyncDisposable
{
    private readonly Dictionary<string, IPage> _pages = [];

    /// <summary>The person's page, signed in on first use.</summary>
    public async Task<IPage> OfAsync(Actor person)
    {
        if (!_pages.TryGetValue(person.Id, out var page))
        {
            page = await chromium.SignInAsync(app, person);
            _pages[person.Id] = page;
        }

        return page;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var page in _pages.Values)
        {
            await page.Context.DisposeAsync();
        }
    }
}
