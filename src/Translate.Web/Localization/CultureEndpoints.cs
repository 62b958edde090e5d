using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Translate.Data;

namespace Translate.Web.Localization;

internal static class CultureEndpoints
{
    /// <summary>
    /// The language switcher's form post (antiforgery-checked): the choice goes into the culture cookie, so it holds
    /// before sign-in and after sign-out, and into the signed-in person's profile, so it follows them to other browsers.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/culture", async Task<Results<RedirectHttpResult, BadRequest>> (
            HttpContext context,
            [FromServices] UserManager<TranslateUser> users,
            [FromServices] SignInManager<TranslateUser> signInManager,
            [FromServices] TimeProvider time,
            [FromForm] string? culture,
            [FromForm] string? returnUrl) =>
        {
            if (UiCultures.Find(culture) is not { } chosen)
            {
                return TypedResults.BadRequest();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Expires = time.GetUtcNow().AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });

            if (await users.GetUserAsync(context.User) is { } user)
            {
                user.UiCulture = chosen.Name;
                await users.UpdateAsync(user);

                // A new sign-in cookie carries the new choice, which the profile culture provider reads first.
                await signInManager.RefreshSignInAsync(user);
            }

            return TypedResults.LocalRedirect(LocalPath(returnUrl));
        });
        return endpoints;
    }

    /// <summary>Only a path of this site: anything else (another host, "//host", "/\host") goes to the home page.</summary>
    private static string LocalPath(string? returnUrl) =>
        returnUrl is ['/'] or ['/', not ('/' or '\\'), ..] && !returnUrl.Any(char.IsControl) ? returnUrl : "/";
}
