using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Translate.Data;

namespace Translate.Web.Accounts;

/// <summary>Identity's sign-in, refusing people an admin has disabled.</summary>
internal sealed class TranslateSignInManager(
    UserManager<TranslateUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<TranslateUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<TranslateUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<TranslateUser> confirmation)
    : SignInManager<TranslateUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(TranslateUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);
}
