using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using Translate.Data;
using Translate.Domain.Users;
using Translate.Testing;
using Translate.Web.Accounts;

namespace Translate.Web.Tests.Support;

/// <summary>
/// A bUnit context whose components use the real services of a <see cref="WebApp"/>
/// (its SQLite database and users), signed in as one of the test people.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    private AsyncServiceScope _scope;

    protected WebApp App { get; private set; } = null!;

    /// <summary>
    /// Services come from a scope of the app, as a circuit's would: the renderer itself asks for scoped services,
    /// which the app's root provider refuses in Development.
    /// </summary>
    public async Task InitializeAsync()
    {
        App = await WebApp.StartAsync();
        _scope = App.Services.CreateAsyncScope();
        Services.AddScoped<CurrentPerson>();
        Services.AddFallbackServiceProvider(_scope.ServiceProvider);
        JSInterop.Mode = JSRuntimeMode.Loose;

        // A text box nobody typed into reads as empty, as in the browser.
        JSInterop.Setup<IJSStreamReference>(i => i.Identifier == "translate.textOf", isCatchAllHandler: true).SetResult(new TypedText(string.Empty));
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _scope.DisposeAsync();
        await App.DisposeAsync();
    }

    /// <summary>Types <paramref name="text"/> into the text box with this id, where the page reads it from the browser.</summary>
    protected void Type(string boxId, string text) =>
        JSInterop.Setup<IJSStreamReference>("translate.textOf", boxId).SetResult(new TypedText(text));

    /// <summary>Signs the person in, with the roles and id the app's authorization and services see.</summary>
    protected void SignInAs(Actor person)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(People.Email(person));
        authorization.SetRoles([.. person.Roles.Select(RoleNames.Name)]);
        var policies = new List<string>();
        if (person.IsEditor)
        {
            policies.Add(Policies.Editor);
        }

        if (person.IsAdmin)
        {
            policies.Add(Policies.Admin);
        }

        authorization.SetPolicies([.. policies]);

        // Last: bUnit rebuilds the principal on each call, and only this claim says who the person is.
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, person.Id));
    }
}
