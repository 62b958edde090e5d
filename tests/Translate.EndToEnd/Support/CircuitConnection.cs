using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Translate.EndToEnd.Support;

/// <summary>
/// The page's Blazor connection, passed through Playwright so a test can cut it: Chromium's offline mode stops new
/// requests but leaves an open WebSocket alone, so going offline alone would not drop the circuit's connection.
/// </summary>
public sealed partial class CircuitConnection
{
    private IWebSocketRoute? _page;
    private IWebSocketRoute? _server;

    /// <summary>How many connections the page opened to the app's circuit hub.</summary>
    public int Opened { get; private set; }

    public static async Task<CircuitConnection> RouteAsync(IPage page)
    {
        var connection = new CircuitConnection();
        await page.RouteWebSocketAsync(BlazorHub(), socket =>
        {
            connection._page = socket;
            connection._server = socket.ConnectToServer();
            connection.Opened++;
        });
        return connection;
    }

    /// <summary>Closes both ends, as a dropped network would: the page starts reconnecting, the server keeps the circuit for a while.</summary>
    public async Task DropAsync()
    {
        var page = _page ?? throw new InvalidOperationException("The page has not connected yet.");
        await _server!.CloseAsync(new() { Code = 1001, Reason = "Connection dropped by the test" });
        await page.CloseAsync(new() { Code = 1006 });
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex BlazorHub();
}
