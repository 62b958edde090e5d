using Microsoft.AspNetCore.Localization;
using Translate.Web.Accounts;

namespace Translate.Web.Localization;

/// <summary>The signed-in person's chosen culture, carried in their sign-in cookie from their profile.</summary>
internal sealed class ProfileCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.User.FindFirst(TranslateClaimsFactory.UiCultureClaim)?.Value is { } culture
            ? Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture))
            : NullProviderCultureResult;
}
