using System.Net;
using Translate.Domain.Users;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Admin;

public sealed class PeoplePageHttpTests : IAsyncLifetime
{
    private WebApp _app = null!;

    public async Task InitializeAsync() => _app = await WebApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string> NotAdmins => [People.Francoise.Id, People.Anna.Id];

    [Theory]
    [MemberData(nameof(NotAdmins))]
    public async Task Get_ByATranslatorOrAnEditor_IsSentToTheNotAllowedPage(string personId)
    {
        var client = await Browser.SignedInAsync(_app, Person(personId));

        var response = await client.GetAsync("/admin/users");

        Assert.Equal("/Account/AccessDenied", Browser.RedirectPath(response));
        Assert.Contains("<h1>Not allowed</h1>", await client.GetStringAsync(response.Headers.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ByAnAdmin_ShowsThePeople()
    {
        var client = await Browser.SignedInAsync(_app, People.Admin);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>People</h1>", page, StringComparison.Ordinal);
        Assert.Contains("francoise@test.lu", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WhenSignedOut_RedirectsToSignIn() =>
        Assert.Equal("/Account/Login", Browser.RedirectPath(await Browser.Anonymous(_app).GetAsync("/admin/users")));

    private static Actor Person(string id) => new[] { People.Francoise, People.Anna }.Single(p => p.Id == id);
}
