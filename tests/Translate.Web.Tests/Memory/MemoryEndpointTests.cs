using System.Net;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Memory;

public sealed class MemoryEndpointTests : IAsyncLifetime
{
    private WebApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await WebApp.StartAsync();
        var (id, _) = await _app.AssignedSampleAsync();
        await _app.ApproveAsync(id, Language.Fr);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Export_OfAPairByAnEditor_IsATmxAttachmentTheReaderReadsBack()
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var response = await client.GetAsync("/memory/export.tmx?source=en&target=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-tmx+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("memory-en-fr.tmx", response.Content.Headers.ContentDisposition?.FileName);
        var entries = TmxReader.Read(await response.Content.ReadAsStreamAsync(), ReaderLimits.Default);
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal((Language.En, Language.Fr), (e.SourceLanguage, e.TargetLanguage)));
        Assert.Contains(entries, e => TaggedText.FromInline(e.Target) == SampleRelease.Segments[0].Text[Language.Fr]);
    }

    [Fact]
    public async Task Export_OfAnotherPair_IsAnEmptyMemoryFile()
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var response = await client.GetAsync("/memory/export.tmx?source=en&target=de");

        Assert.Empty(TmxReader.Read(await response.Content.ReadAsStreamAsync(), ReaderLimits.Default));
    }

    [Fact]
    public async Task Export_OfAnUnknownLanguage_IsNotFound()
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var response = await client.GetAsync("/memory/export.tmx?source=es");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Export_WhenSignedOut_RedirectsToSignIn()
    {
        var response = await Browser.Anonymous(_app).GetAsync("/memory/export.tmx");

        Assert.Equal("/Account/Login", Browser.RedirectPath(response));
    }

    [Fact]
    public async Task Export_ByATranslator_RedirectsToAccessDenied()
    {
        var client = await Browser.SignedInAsync(_app, People.Francoise);

        var response = await client.GetAsync("/memory/export.tmx");

        Assert.Equal("/Account/AccessDenied", Browser.RedirectPath(response));
    }
}
