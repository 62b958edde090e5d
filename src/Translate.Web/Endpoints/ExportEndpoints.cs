using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Translate.Application;
using Translate.Application.Exports;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
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

        return DownloadAsync(() => exports.ExportAsync(ActorId(users, user), slug, language, exportFormat, preview ?? false, cancellationToken));
    }

    private static Task<IResult> ExportAllAsync(
        string slug, bool? preview, ClaimsPrincipal user, UserManager<TranslateUser> users, ExportService exports, CancellationToken cancellationToken) =>
        DownloadAsync(() => exports.ExportAllAsync(ActorId(users, user), slug, preview ?? false, cancellationToken));

    private static string ActorId(UserManager<TranslateUser> users, ClaimsPrincipal user) =>
        users.GetUserId(user) ?? throw new InvalidOperationException("An authorized request has a user id.");

    /// <summary>The file as an attachment; 404 for what does not exist, 403 when the person's role changed since sign-in.</summary>
    private static async Task<IResult> DownloadAsync(Func<Task<ExportFile>> export)
    {
        try
        {
            var file = await export();
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }
        catch (NotFoundException)
        {
            return TypedResults.NotFound();
        }
        catch (ForbiddenException)
        {
            return TypedResults.Forbid();
        }
    }
}
