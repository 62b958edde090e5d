using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Accounts;

public sealed class SignInTests : IAsyncLifetime
{
    private WebApp _app = null!;

    public async Task InitializeAsync() => _app = await WebApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SignIn_WithTheRightPassword_RedirectsAndOpensTheReleases()
    {
        var client = Browser.Anonymous(_app);

        var response = await Browser.SignInAsync(client, People.Email(People.Anna), People.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/releases", Browser.RedirectPath(await client.GetAsync("/")));
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSoAndSetsNoCookie()
    {
        var client = Browser.Anonymous(_app);

        var response = await Browser.SignInAsync(client, People.Email(People.Anna), "wrong-password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The e-mail or password is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/Account/Login", Browser.RedirectPath(await client.GetAsync("/")));
    }

    [Fact]
    public async Task SignIn_AfterFiveFailedAttempts_LocksTheAccountEvenWithTheRightPassword()
    {
        var client = Browser.Anonymous(_app);
        for (var i = 0; i < 5; i++)
        {
            await Browser.SignInAsync(client, People.Email(People.Dieter), "wrong-password-1");
        }

        var response = await Browser.SignInAsync(client, People.Email(People.Dieter), People.Password);

        Assert.Equal("/Account/Lockout", Browser.RedirectPath(response));
    }

    [Fact]
    public async Task SignIn_OfADisabledPerson_IsRefused()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>();
            var lena = await users.FindByIdAsync(People.Lena.Id);
            lena!.IsDisabled = true;
            await users.UpdateAsync(lena);
        }

        var response = await Browser.SignInAsync(Browser.Anonymous(_app), People.Email(People.Lena), People.Password);

        Assert.Contains("This account is disabled.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyPage_WhenSignedOut_RedirectsToSignIn()
    {
        var response = await Browser.Anonymous(_app).GetAsync("/");

        Assert.Equal("/Account/Login", Browser.RedirectPath(response));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = await Browser.SignedInAsync(_app, People.Ben);
        var page = await client.GetStringAsync("/not-found");

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browser.AntiforgeryToken(page),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", Browser.RedirectPath(await client.GetAsync("/")));
    }
}
