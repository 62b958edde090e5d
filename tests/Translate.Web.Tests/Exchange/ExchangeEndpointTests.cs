using System.Net;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Exchange;

public sealed class ExchangeEndpointTests : IAsyncLifetime
{
    private WebApp _app = null!;
    private string _slug = null!;

    public async Task InitializeAsync()
    {
        _app = await WebApp.StartAsync();
        (_, _slug) = await _app.AssignedSampleAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task DownloadXliff_ByTheTranslatorOfTheLanguage_IsAnXliff21AttachmentNamedAfterTheReleaseAndLanguages()
    {
        var client = await Browser.SignedInAsync(_app, People.Francoise);

        var response = await client.GetAsync($"/releases/{_slug}/xliff/fr.xlf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xliff+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{_slug}-en-fr.xlf", response.Content.Headers.ContentDisposition?.FileName);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("version=\"2.1\" srcLang=\"en\" trgLang=\"fr\"", body, StringComparison.Ordinal);
        Assert.Contains(SampleRelease.Segments[1].Text[Language.En], body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadXliff_AskedAsVersion12_IsXliff12()
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var body = await client.GetStringAsync($"/releases/{_slug}/xliff/zh.xlf?version=1.2");

        Assert.Contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"", body, StringComparison.Ordinal);
        Assert.Contains("target-language=\"zh-Hans\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadXliff_ByATranslatorOfAnotherLanguage_RedirectsToAccessDenied()
    {
        var client = await Browser.SignedInAsync(_app, People.Dieter);

        var response = await client.GetAsync($"/releases/{_slug}/xliff/fr.xlf");

        Assert.Equal("/Account/AccessDenied", Browser.RedirectPath(response));
    }

    [Fact]
    public async Task DownloadXliff_WhenSignedOut_RedirectsToSignIn()
    {
        var response = await Browser.Anonymous(_app).GetAsync($"/releases/{_slug}/xliff/fr.xlf");

        Assert.Equal("/Account/Login", Browser.RedirectPath(response));
    }

    [Theory]
    [InlineData("/xliff/fr.xlf?version=3.0")]
    [InlineData("/xliff/xx.xlf")]
    [InlineData("/xliff/en.xlf")]
    public async Task DownloadXliff_OfAnUnknownVersionOrLanguage_IsNotFound(string path)
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var response = await client.GetAsync($"/releases/{_slug}{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ExportTmx_ByAnEditor_IsATmxAttachment()
    {
        var client = await Browser.SignedInAsync(_app, People.Ben);

        var response = await client.GetAsync($"/releases/{_slug}/export.tmx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-tmx+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{_slug}.tmx", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("<tmx version=\"1.4\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportTmx_ByATranslator_RedirectsToAccessDenied()
    {
        var client = await Browser.SignedInAsync(_app, People.Francoise);

        var response = await client.GetAsync($"/releases/{_slug}/export.tmx");

        Assert.Equal("/Account/AccessDenied", Browser.RedirectPath(response));
    }
}
