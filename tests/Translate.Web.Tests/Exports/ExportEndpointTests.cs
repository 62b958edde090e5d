using System.IO.Compression;
using System.Net;
using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Exports;

public sealed class ExportEndpointTests : IAsyncLifetime
{
    private WebApp _app = null!;
    private string _slug = null!;

    public async Task InitializeAsync()
    {
        _app = await WebApp.StartAsync();
        var release = await _app.Get<ReleaseService>().CreateAsync(People.Anna.Id, new NewRelease(
            SampleRelease.Title, Language.En, null, new DateOnly(2026, 12, 1), null, SampleRelease.Text(Language.En)));
        _slug = release.Slug;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/export/en.txt")]
    [InlineData("/export.zip")]
    public async Task Export_WhenSignedOut_RedirectsToSignIn(string path)
    {
        var response = await Browser.Anonymous(_app).GetAsync($"/releases/{_slug}{path}");

        Assert.Equal("/Account/Login", Browser.RedirectPath(response));
    }

    [Theory]
    [InlineData("/export/fr.html")]
    [InlineData("/export.zip")]
    public async Task Export_ByATranslator_RedirectsToAccessDenied(string path)
    {
        var client = await Browser.SignedInAsync(_app, People.Francoise);

        var response = await client.GetAsync($"/releases/{_slug}{path}");

        Assert.Equal("/Account/AccessDenied", Browser.RedirectPath(response));
    }

    [Fact]
    public async Task Export_ByAnEditor_DownloadsTheTextMarkedAsAPreviewWhileNothingIsPublished()
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var response = await client.GetAsync($"/releases/{_slug}/export/en.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{_slug}-en-preview.txt", response.Content.Headers.ContentDisposition?.FileName);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("PREVIEW — not the published version\n\n" + SampleRelease.Text(Language.En).TrimEnd(), body.TrimEnd());
    }

    [Fact]
    public async Task Export_AsHtmlByAnEditor_IsAPageInTheLanguageWithThePreviewBanner()
    {
        var client = await Browser.SignedInAsync(_app, People.Ben);

        var response = await client.GetAsync($"/releases/{_slug}/export/en.html?preview=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", body, StringComparison.Ordinal);
        Assert.Contains("Preview — not the published version", body, StringComparison.Ordinal);
        Assert.Contains($"<h1>{SampleRelease.Title}</h1>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportZip_ByAnAdmin_HoldsEveryLanguageInEveryFormat()
    {
        var client = await Browser.SignedInAsync(_app, People.Admin);

        var response = await client.GetAsync($"/releases/{_slug}/export.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{_slug}-preview.zip", response.Content.Headers.ContentDisposition?.FileName);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        // Three formats for each of the five languages and the (empty) TMX file; a draft has no XLIFF yet.
        Assert.Equal(15 + 1, zip.Entries.Count);
        Assert.Contains(zip.Entries, e => e.FullName == $"{_slug}/zh.md");
        Assert.Contains(zip.Entries, e => e.FullName == $"{_slug}/{_slug}.tmx");
    }

    [Theory]
    [InlineData("/releases/no-such-release/export/en.txt")]
    [InlineData("/releases/no-such-release/export.zip")]
    [InlineData("/releases/{slug}/export/en.pdf")]
    [InlineData("/releases/{slug}/export/xx.txt")]
    public async Task Export_OfAnUnknownReleaseLanguageOrFormat_IsNotFound(string path)
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var response = await client.GetAsync(path.Replace("{slug}", _slug, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
