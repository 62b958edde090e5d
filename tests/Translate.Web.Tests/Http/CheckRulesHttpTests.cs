using System.Net;
using Translate.Application.Editing;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Http;

/// <summary>
/// The check rules hold in the running app whatever a page offers: a circuit event calls the same services as these
/// tests, so a forged "acknowledge" or "submit" meets the rules on the server.
/// </summary>
public sealed class CheckRulesHttpTests : IAsyncLifetime
{
    // Segment 10: "…will employ at least 5 employees in Luxembourg."
    private const string FrenchWithoutTheNumber = "Dans un premier temps, le laboratoire de recherche emploiera quelques personnes au Luxembourg.";

    private WebApp _app = null!;

    public async Task InitializeAsync() => _app = await WebApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Acknowledge_OfAnError_ByTheTranslator_IsRefusedAndNothingIsStored()
    {
        var (id, slug) = await FrenchWithALostNumberAsync();
        var row = (await _app.Get<EditorQueries>().LoadAsync(People.Francoise.Id, slug, Language.Fr)).Rows.Single(r => r.Number == 10);
        var error = row.Checks.Single(c => c.IsError);

        var refused = await Assert.ThrowsAsync<RefusedException>(() => _app.Get<TranslationService>().AcknowledgeAsync(
            People.Francoise.Id, id, row.SegmentId, Language.Fr, error.Finding.Code, error.ValuesKey, "The number does not matter"));

        Assert.Equal("acknowledgement.error", refused.Refusal.Code);
        Assert.Empty((await _app.TranslationAsync(id, 10, Language.Fr)).Acknowledgements);
    }

    [Fact]
    public async Task Acknowledge_OfAWarning_ByATranslatorOfAnotherLanguage_IsForbidden()
    {
        var (id, slug) = await FrenchWithALostNumberAsync();
        var row = (await _app.Get<EditorQueries>().LoadAsync(People.Dieter.Id, slug, Language.Fr)).Rows.Single(r => r.Number == 12);
        var warning = row.Checks.Single();

        await Assert.ThrowsAsync<ForbiddenException>(() => _app.Get<TranslationService>().AcknowledgeAsync(
            People.Dieter.Id, id, row.SegmentId, Language.Fr, warning.Finding.Code, warning.ValuesKey, "Looks fine to me"));

        Assert.Empty((await _app.TranslationAsync(id, 12, Language.Fr)).Acknowledgements);
    }

    [Fact]
    public async Task Submit_WithACheckError_IsRefused_AndTheReleasePageShowsTheError()
    {
        var (id, slug) = await FrenchWithALostNumberAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => _app.Get<ReviewService>().SubmitAsync(People.Francoise.Id, id, Language.Fr));

        Assert.Equal("fr cannot be submitted while the checks find errors in 1 segment(s): 10.", refused.Refusal.Message);
        var client = await Browser.SignedInAsync(_app, People.Anna);
        var response = await client.GetAsync($"/releases/{slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("aria-label=\"Checks of fr: 1 error, 4 warnings\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(Guid Id, string Slug)> FrenchWithALostNumberAsync()
    {
        var release = await _app.AssignedSampleAsync();
        await _app.TranslateAllAsync(release.Id, Language.Fr);
        var translation = await _app.TranslationAsync(release.Id, 10, Language.Fr);
        await _app.Get<TranslationService>().SaveAsync(People.Francoise.Id, release.Id, translation.SegmentId, Language.Fr, FrenchWithoutTheNumber,
            translation.Version, TranslationState.Translated);
        return release;
    }
}
