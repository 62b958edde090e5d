using Microsoft.Playwright;
using Translate.Domain.Users;
using Translate.Testing;

namespace Translate.EndToEnd.Support;

/// <summary>What every test does in the browser: sign in through the form, open a page and wait for its circuit.</summary>
public static class PageSteps
{
    /// <summary>A new browser context for the person, signed in through the real form, found by its labels.</summary>
    public static async Task<IPage> SignInAsync(this Chromium chromium, AppServer app, Actor person)
    {
        var context = await chromium.NewContextAsync(app);
        var page = await context.NewPageAsync();
        await page.GotoAsync("Account/Login");
        await page.Field("E-mail").FillAsync(People.Email(person));
        await page.Field("Password").FillAsync(People.Password);
        await page.Button("Sign in").ClickAsync();

        // The sign-in page is static; the page it leads to (the releases) marks its circuit once live.
        await page.WaitForCircuitAsync();
        return page;
    }

    /// <summary>Opens a page of the app and waits until its Blazor circuit is live: clicks before that are lost.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path.TrimStart('/'));
        await page.WaitForCircuitAsync();
    }

    /// <summary>The app sets body[data-circuit=ready] once the circuit is live (see MainLayout.razor and app.js).</summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("body[data-circuit=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>The control with exactly this label (visible or aria-label): "Segment 1" is not "Segment 10".</summary>
    public static ILocator Field(this IPage page, string label) =>
        page.GetByLabel(label, new() { Exact = true });

    public static ILocator Button(this IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public static ILocator Link(this IPage page, string name) =>
        page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public static ILocator Heading(this IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true });
}
