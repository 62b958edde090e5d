using System.Net;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Review;

public sealed class ReviewPageHttpTests : IAsyncLifetime
{
    private WebApp _app = null!;

    public async Task InitializeAsync() => _app = await WebApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Get_ByATranslator_IsSentToAccessDeniedWithoutTheReview()
    {
        var (_, slug) = await _app.AssignedSampleAsync();
        var client = await Browser.SignedInAsync(_app, People.Francoise);

        var response = await client.GetAsync($"/releases/{slug}/review/fr");

        Assert.Equal("/Account/AccessDenied", Browser.RedirectPath(response));
        Assert.DoesNotContain("Approve French", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<h1>Not allowed</h1>", await client.GetStringAsync(response.Headers.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ByAnEditor_ShowsTheLanguageSideBySide()
    {
        var (_, slug) = await _app.AssignedSampleAsync();
        var client = await Browser.SignedInAsync(_app, People.Anna);

        var response = await client.GetAsync($"/releases/{slug}/review/zh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Review Chinese (Simplified)</h1>", page, StringComparison.Ordinal);
        Assert.Contains("History of segment 1", page, StringComparison.Ordinal);
    }
}
