using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Translate.Application.Exchange;
using Translate.Application.Exports;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Web.Accounts;
using Translate.Web.Components.Shared;

namespace Translate.Web.Endpoints;

internal static class ExchangeEndpoints
{
    /// <summary>
    /// Interchange downloads: <c>/releases/{slug}/xliff/{lang}.xlf?version=2.1|1.2</c> for anyone signed in (the service
    /// decides: editors, and translators with segments assigned in the language) and <c>/releases/{slug}/export.tmx</c>
    /// for editors. Uploads go through the upload page, which shows what was applied and what was refused.
    /// </summary>
    public static IEndpointRouteBuilder MapExchangeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var release = endpoints.MapGroup("/releases/{slug}");
        release.MapGet("/xliff/{lang}.xlf", DownloadXliffAsync).RequireAuthorization();
        release.MapGet("/export.tmx", ExportTmxAsync).RequireAuthorization(Policies.Editor);
        return endpoints;
    }

    private static Task<IResult> DownloadXliffAsync(
        string slug, string lang, string? version, ClaimsPrincipal user,
        UserManager<TranslateUser> users, BilingualExchange exchange, IStringLocalizer<BilingualExchange> localizer, CancellationToken cancellationToken)
    {
        if (!LanguageCodes.TryParse(lang, out var language) || !XliffVersions.TryParse(version, out var xliffVersion))
        {
            return Task.FromResult<IResult>(TypedResults.NotFound());
        }

        return DownloadAsync(() => exchange.DownloadXliffAsync(Downloads.ActorId(users, user), slug, language, xliffVersion, cancellationToken), localizer);
    }

    private static Task<IResult> ExportTmxAsync(
        string slug, ClaimsPrincipal user, UserManager<TranslateUser> users, BilingualExchange exchange,
        IStringLocalizer<BilingualExchange> localizer, CancellationToken cancellationToken) =>
        DownloadAsync(() => exchange.ExportTmxAsync(Downloads.ActorId(users, user), slug, cancellationToken), localizer);

    /// <summary>A download as <see cref="Downloads.FileAsync"/> answers it, and 409 with the reason (in the UI language) for a refusal.</summary>
    private static async Task<IResult> DownloadAsync(Func<Task<ExportFile>> download, IStringLocalizer localizer)
    {
        try
        {
            return await Downloads.FileAsync(download);
        }
        catch (RefusedException e)
        {
            return TypedResults.Problem(RefusalText.Of(e.Refusal, localizer), statusCode: StatusCodes.Status409Conflict);
        }
    }
}
