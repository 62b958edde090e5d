using System.Net;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Accounts;

/// <summary>One client guessing passwords or flooding uploads is slowed down with 429 and Retry-After.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task SignInsPastTheLimit_Get429WithRetryAfter_AndAPageSayingSo()
    {
        await using var app = WebApp.With(("RateLimits:SignInsPerMinute", "3"));
        var client = Browser.Anonymous(app);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Browser.SignInAsync(client, $"guess{i}@test.lu", "wrong-password-1")).StatusCode);
        }

        var refused = await Browser.SignInAsync(client, "guess4@test.lu", "wrong-password-1");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Contains("Too many attempts to sign in from here.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }

    [Fact]
    public async Task GlossaryImportsPastTheLimit_Get429WithRetryAfter()
    {
        await using var app = WebApp.With(("RateLimits:UploadsPerMinute", "1"));
        await app.AddUserAsync(People.Anna);
        var client = await Browser.SignedInAsync(app, People.Anna);
        HttpContent Csv() => new StringContent("en,fr\nspace resources,ressources spatiales\n");

        var first = await client.PostAsync("/glossary/import?name=terms.csv", Csv());
        var second = await client.PostAsync("/glossary/import?name=terms.csv", Csv());

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
    }
}
