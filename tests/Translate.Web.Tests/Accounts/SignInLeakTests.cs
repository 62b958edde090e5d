using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Accounts;

/// <summary>Sign-in tells an attacker nothing about which addresses have an account, and sends nobody to another site.</summary>
public sealed class SignInLeakTests : IAsyncLifetime
{
    private const string Unknown = "nobody@test.lu";
    private const string WrongPassword = "wrong-password-1";
    private readonly PasswordChecks _checks = new();
    private WebApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await WebApp.StartAsync();
        _client = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.AddScoped<IPasswordHasher<TranslateUser>>(_ => new CountingHasher(_checks))))
            .CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AnUnknownAddress_IsAnsweredAsAWrongPassword_AfterAsMuchHashing()
    {
        var unknown = await Browser.SignInAsync(_client, Unknown, WrongPassword);
        var checksForUnknown = _checks.Count;
        var known = await Browser.SignInAsync(_client, People.Email(People.Anna), WrongPassword);

        Assert.Equal(await Message(known), await Message(unknown));
        Assert.Equal((1, 2), (checksForUnknown, _checks.Count));
    }

    [Fact]
    public async Task AnUnknownAddress_IsLockedOutAfterFiveFailures_AsARealAccountIs()
    {
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await Browser.SignInAsync(_client, Unknown, WrongPassword);
        }

        Assert.Equal("/Account/Lockout", Browser.RedirectPath(last!));
        Assert.Equal("/Account/Lockout", Browser.RedirectPath(await Browser.SignInAsync(_client, Unknown, WrongPassword)));
    }

    [Fact]
    public async Task ADisabledAccount_IsSaidToBeDisabled_OnlyToWhoeverGaveItsPassword()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>();
            var lena = await users.FindByIdAsync(People.Lena.Id);
            lena!.IsDisabled = true;
            await users.UpdateAsync(lena);
        }

        var wrong = await Message(await Browser.SignInAsync(_client, People.Email(People.Lena), WrongPassword));
        var right = await Message(await Browser.SignInAsync(_client, People.Email(People.Lena), People.Password));

        Assert.Contains("The e-mail or password is not right.", wrong, StringComparison.Ordinal);
        Assert.DoesNotContain("disabled", wrong, StringComparison.Ordinal);
        Assert.Contains("This account is disabled.", right, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task AForeignReturnAddress_LeadsToTheReleases_AndTheSignInHolds(string returnUrl)
    {
        var response = await SignInReturningToAsync(returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/releases", Browser.RedirectPath(response));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/releases")).StatusCode);
    }

    [Fact]
    public async Task ALocalReturnAddress_IsWhereTheSignInLeads()
    {
        var response = await SignInReturningToAsync("/glossary");

        Assert.Equal("/glossary", Browser.RedirectPath(response));
    }

    /// <summary>Anna signs in through the form, posted to the sign-in address with a return address.</summary>
    private async Task<HttpResponseMessage> SignInReturningToAsync(string returnUrl)
    {
        var form = await _client.GetStringAsync("/Account/Login");
        return await _client.PostAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browser.AntiforgeryToken(form),
            ["_handler"] = "login",
            ["Input.Email"] = People.Email(People.Anna),
            ["Input.Password"] = People.Password,
        }));
    }

    private static async Task<string> Message(HttpResponseMessage response)
    {
        var page = await response.Content.ReadAsStringAsync();
        var start = page.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        return start < 0 ? string.Empty : page[start..page.IndexOf("</p>", start, StringComparison.Ordinal)];
    }

    private sealed class PasswordChecks
    {
        public int Count;
    }

    /// <summary>The app's own hasher, counting the passwords it checks.</summary>
    private sealed class CountingHasher(PasswordChecks checks) : PasswordHasher<TranslateUser>
    {
        public override PasswordVerificationResult VerifyHashedPassword(TranslateUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref checks.Count);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
