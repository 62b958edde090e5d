using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Translate.Web.Accounts;

/// <summary>The signed-in person's id, for components to pass to the application services (which check the rules).</summary>
public sealed class CurrentPerson(AuthenticationStateProvider authenticationState, IOptions<IdentityOptions> options)
{
    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authenticationState.GetAuthenticationStateAsync()).User;

    public async Task<string> IdAsync() =>
        (await PrincipalAsync()).FindFirstValue(options.Value.ClaimsIdentity.UserIdClaimType)
        ?? throw new InvalidOperationException("No one is signed in.");
}
