using System.Net;
using System.Text;
using Translate.Application.Glossaries;
using Translate.Domain.Languages;
using Translate.Formats.Glossaries;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Glossaries;

public sealed class GlossaryEndpointTests : IAsyncLifetime
{
    private WebApp _app = null!;
    private GlossaryEntryView _ministry = null!;

    public async Task InitializeAsync()
    {
        _app = await WebApp.StartAsync();
        _ministry = await _app.Get<GlossaryService>().AddAsync(People.Anna.Id, new GlossaryEntryDraft(
            [
                new GlossaryTermDraft(Language.En, "Ministry of the Economy"),
                new GlossaryTermDraft(Language.Fr, "ministère de l’Économie", ForbiddenVariants: ["ministère de l’Economie"]),
                new GlossaryTermDraft(Language.Zh, "经济部"),
            ]));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ExportTbx_ByATranslator_IsATbxAttachmentThatReadsBackTheEntry()
    {
        var client = await Browser.SignedInAsync(_app, People.Zhang);

        var response = await client.GetAsync("/glossary/export.tbx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-tbx+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", "glossary.tbx"), (response.Content.Headers.ContentDisposition?.DispositionType, response.Content.Headers.ContentDisposition?.FileName));
        var entry = Assert.Single(TbxReader.Read(await response.Content.ReadAsStreamAsync()).Entries);
        Assert.Equal(_ministry.Entry.Id, entry.Id);
        Assert.Equal(["ministère de l’Economie"], entry.TermIn(Language.Fr)!.ForbiddenVariants);
    }

    [Fact]
    public async Task ExportCsv_ByAnEditor_IsAUtf8CsvAttachmentThatReadsBackTheEntry()
    {
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var response = await client.GetAsync("/glossary/export.csv");

        Assert.Equal(("text/csv", "utf-8"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet));
        Assert.Equal("glossary.csv", response.Content.Headers.ContentDisposition?.FileName);
        var entry = Assert.Single(GlossaryCsvReader.Read(await response.Content.ReadAsStreamAsync()).Entries);
        Assert.Equal(_ministry.Entry.Terms.Select(t => (t.Language, t.Text)), entry.Terms.Select(t => (t.Language, t.Text)));
    }

    [Fact]
    public async Task Export_WhenSignedOut_RedirectsToSignIn()
    {
        var response = await Browser.Anonymous(_app).GetAsync("/glossary/export.tbx");

        Assert.Equal("/Account/Login", Browser.RedirectPath(response));
    }

    [Fact]
    public async Task GlossaryPage_OpensForATranslatorAndSendsTheSignedOutToSignIn()
    {
        var translator = await Browser.SignedInAsync(_app, People.Dieter);

        var page = await translator.GetStringAsync("/glossary");
        var signedOut = await Browser.Anonymous(_app).GetAsync("/glossary");

        Assert.Contains("<h1>Glossary</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Ministry of the Economy", page, StringComparison.Ordinal);
        Assert.Equal("/Account/Login", Browser.RedirectPath(signedOut));
    }

    [Fact]
    public async Task Import_PostedByATranslator_IsRefusedAndChangesNothing()
    {
        var client = await Browser.SignedInAsync(_app, People.Francoise);

        var response = await client.PostAsync("/glossary/import?name=terms.csv", Csv("en,fr\nspace resources,ressources spatiales\n"));

        Assert.Equal("/Account/AccessDenied", Browser.RedirectPath(response));
        Assert.Equal(1, (await _app.Get<GlossaryQueries>().ListAsync()).Total);
    }

    [Fact]
    public async Task Import_PostedByAnEditor_AddsTheEntriesAndAnswersTheCounts()
    {
        var client = await Browser.SignedInAsync(_app, People.Ben);

        var response = await client.PostAsync("/glossary/import?name=terms.csv", Csv("en,fr\nspace resources,ressources spatiales\nMinistry of the Economy,ministère de l’Économie\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"added\":1,\"updated\":1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await _app.Get<GlossaryQueries>().ListAsync()).Total);
    }

    private static ByteArrayContent Csv(string text) => new(Encoding.UTF8.GetBytes(text));
}
