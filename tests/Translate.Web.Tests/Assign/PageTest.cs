using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;
using Translate.Domain.Users;
using Translate.Web.Accounts;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Assign;

/// <summary>
/// A <see cref="ComponentTest"/> for pages that act as the signed-in person. Two differences, for reasons of bUnit:
/// fallback services come from a scope of the app, as a circuit's would (the renderer asks for scoped services,
/// which the app's root provider refuses in Development); and the person's id claim is set after the roles,
/// because bUnit's <c>SetRoles</c> publishes a principal without the claims set before it.
/// </summary>
public abstract class PageTest : ComponentTest, IAsyncLifetime
{
    private AsyncServiceScope _scope;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _scope = App.Services.CreateAsyncScope();
        Services.AddFallbackServiceProvider(_scope.ServiceProvider);
    }

    public new async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await base.DisposeAsync();
    }

    protected new void SignInAs(Actor person)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(WebApp.Email(person));
        authorization.SetRoles([.. person.Roles.Select(RoleNames.Name)]);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, person.Id));
        authorization.SetPolicies([.. person.IsEditor ? [Policies.Editor] : Array.Empty<string>(), .. person.IsAdmin ? [Policies.Admin] : Array.Empty<string>()]);
    }
}
