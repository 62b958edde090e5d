using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Translate.Application.Exports;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Formats;
using Translate.Web.Accounts;

namespace Translate.Web.Endpoints;

internal static class ExportEndpoints
{
    /// <summary>
    /// Downloads of a release: <c>/releases/{slug}/export/{lang}.{txt|md|html|docx|json}</c> and <c>/releases/{slug}/export.zip</c>,
    /// with <c>?preview=true</c> for the current unpublished state. Editors only; the service checks again.
    /// </summary>
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/releases/{slug}").RequireAuthorization(Policies.Editor);
        exports.MapGet("/export/{lang}.{format}", ExportLanguageAsync);
        exports.MapGet("/export.zip", ExportAllAsync);
        return endpoints;
    }

    private static Task<IResult> ExportLanguageAsync(
        string slug, string lang, string format, bool? preview, ClaimsPrincipal user,
        UserManager<TranslateUser> users, ExportService exports, CancellationToken cancellationToken)
    {
        if (!LanguageCodes.TryParse(lang, out var language) || !SourceFiles.TryParseExtension(format, out var exportFormat))
        {
            return Task.FromResult<IResult>(TypedResults.NotFound());
        }

        return Downloads.FileAsync(() => exports.ExportAsync(Downloads.ActorId(users, user), slug, language, exportFormat, preview ?? false, cancellationToken));
    }

    private static Task<IResult> ExportAllAsync(
        string slug, bool? preview, ClaimsPrincipal user, UserManager<TranslateUser> users, ExportService exports, CancellationToken cancellationToken) =>
        Downloads.FileAsync(() => exports.ExportAllAsync(Downloads.ActorId(users, user), slug, preview ?? false, cancellationToken));
}
