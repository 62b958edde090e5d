using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Translate.Data;

namespace Translate.Web.Accounts;

/// <summary>
/// Adds the person's display name to the sign-in cookie, so pages greet people by name, not e-mail,
/// and their chosen UI culture, so every request (and circuit) speaks their language without a database read.
/// </summary>
internal sealed class TranslateClaimsFactory(UserManager<TranslateUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<TranslateUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "translate:display-name";

    public const string UiCultureClaim = "translate:ui-culture";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TranslateUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.DisplayName))
        {
            identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        }

        if (!string.IsNullOrEmpty(user.UiCulture))
        {
            identity.AddClaim(new Claim(UiCultureClaim, user.UiCulture));
        }

        return identity;
    }
}
