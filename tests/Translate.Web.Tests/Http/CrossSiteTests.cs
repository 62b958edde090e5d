using System.Net;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Http;

/// <summary>Another site's page posting with the person's cookie changes nothing, at every endpoint that changes something.</summary>
public sealed class CrossSiteTests : IAsyncLifetime
{
    private const string Evil = "https://evil.example";
    private WebApp _app = null!;

    public async Task InitializeAsync() => _app = await WebApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("Origin", Evil)]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task AGlossaryImportFromAnotherSite_IsRefused_AndImportsNothing(string header, string value)
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var response = await client.SendAsync(Import(header, value));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = _app.NewContext();
        Assert.Empty(db.GlossaryEntries);
    }

    [Theory]
    [InlineData("Origin", "http://localhost")]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData(null, null)]
    public async Task AGlossaryImportFromThisSiteOrAScript_IsTaken(string? header, string? value)
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var response = await client.SendAsync(Import(header, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Logout")]
    [InlineData("/culture")]
    public async Task AFormPostFromAnotherSite_WithoutTheAntiforgeryToken_IsRefused(string path)
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);
        var post = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "fr", ["_handler"] = "login" }),
        };
        post.Headers.Add("Origin", Evil);

        var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/releases")).StatusCode);
    }

    private static HttpRequestMessage Import(string? header, string? value)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/glossary/import?name=terms.csv")
        {
            Content = new StringContent("en,fr\nspace resources,ressources spatiales\n"),
        };
        if (header is not null)
        {
            request.Headers.Add(header, value);
        }

        return request;
    }
}
