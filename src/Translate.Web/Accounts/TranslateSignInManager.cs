using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Translate.Data;

namespace Translate.Web.Accounts;

/// <summary>
/// Identity's password sign-in, answering so that nobody learns which addresses have an account: an unknown address
/// costs the same password hash as a known one and is locked out after as many failures, and a disabled account is
/// said to be disabled only to someone who gave its password.
/// </summary>
internal sealed class TranslateSignInManager(
    UserManager<TranslateUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<TranslateUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<TranslateUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<TranslateUser> confirmation,
    UnknownAccountAttempts unknownAccounts)
    : SignInManager<TranslateUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is { } user)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }

        UserManager.PasswordHasher.VerifyHashedPassword(new TranslateUser(), unknownAccounts.DecoyHash(UserManager.PasswordHasher), password);
        return unknownAccounts.Failed(UserManager.NormalizeName(userName), Options.Lockout) ? SignInResult.LockedOut : SignInResult.Failed;
    }

    public override async Task<SignInResult> PasswordSignInAsync(TranslateUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var attempt = await CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (!attempt.Succeeded)
        {
            return attempt;
        }

        return user.IsDisabled ? SignInResult.NotAllowed : await SignInOrTwoFactorAsync(user, isPersistent);
    }
}
