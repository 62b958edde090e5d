using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Translate.Application.Memory;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Web.Accounts;

namespace Translate.Web.Endpoints;

internal static class MemoryEndpoints
{
    /// <summary>
    /// <c>/memory/export.tmx</c>: the translation memory as TMX 1.4 for editors, every language pair, or one with
    /// <c>?source=en&amp;target=fr</c> (either alone filters by that language). Imports go through the memory page.
    /// </summary>
    public static IEndpointRouteBuilder MapMemoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/memory/export.tmx", ExportTmxAsync).RequireAuthorization(Policies.Editor);
        return endpoints;
    }

    private static async Task<IResult> ExportTmxAsync(
        string? source, string? target, ClaimsPrincipal user, UserManager<TranslateUser> users, MemoryExchange exchange,
        CancellationToken cancellationToken)
    {
        if (!TryParse(source, out var sourceLanguage) || !TryParse(target, out var targetLanguage))
        {
            return TypedResults.NotFound();
        }

        return await Downloads.FileAsync(() =>
            exchange.ExportTmxAsync(Downloads.ActorId(users, user), sourceLanguage, targetLanguage, cancellationToken));
    }

    /// <summary>An absent language is no filter; an unknown one makes an address that does not exist.</summary>
    private static bool TryParse(string? code, out Language? language)
    {
        language = null;
        if (string.IsNullOrEmpty(code))
        {
            return true;
        }

        if (!LanguageCodes.TryParse(code, out var parsed))
        {
            return false;
        }

        language = parsed;
        return true;
    }
}
