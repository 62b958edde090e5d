using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Translate.Data;

namespace Translate.Web.Accounts;

internal static class AccountEndpoints
{
    /// <summary>Signing out is a form post (antiforgery-checked), so a link or image cannot sign anyone out.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async ([FromServices] SignInManager<TranslateUser> signInManager, [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
        return endpoints;
    }
}
