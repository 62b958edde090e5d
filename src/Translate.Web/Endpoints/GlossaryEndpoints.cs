using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Translate.Application.Glossaries;
using Translate.Data;
using Translate.Domain.Workflow;
using Translate.Web.Accounts;
using Translate.Web.Hosting;

namespace Translate.Web.Endpoints;

internal static class GlossaryEndpoints
{
    /// <summary>
    /// The glossary as a file: <c>/glossary/export.tbx</c> and <c>/glossary/export.csv</c> for anyone signed in
    /// (translators load it into their CAT tools), and <c>POST /glossary/import?name=terms.csv</c> with the file as the
    /// body for editors (scripts; people import on the glossary page). The service checks the person again.
    /// </summary>
    public static IEndpointRouteBuilder MapGlossaryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var glossary = endpoints.MapGroup("/glossary");
        glossary.MapGet("/export.tbx", (ClaimsPrincipal user, UserManager<TranslateUser> users, GlossaryService service, CancellationToken cancellationToken) =>
            Downloads.FileAsync(() => service.ExportAsync(Downloads.ActorId(users, user), GlossaryFileFormat.Tbx, cancellationToken))).RequireAuthorization();
        glossary.MapGet("/export.csv", (ClaimsPrincipal user, UserManager<TranslateUser> users, GlossaryService service, CancellationToken cancellationToken) =>
            Downloads.FileAsync(() => service.ExportAsync(Downloads.ActorId(users, user), GlossaryFileFormat.Csv, cancellationToken))).RequireAuthorization();
        glossary.MapPost("/import", ImportAsync).RequireAuthorization(Policies.Editor).RequireRateLimiting(RateLimits.Upload)
            .AddEndpointFilter<SameOriginOnly>();
        return endpoints;
    }

    private static async Task<IResult> ImportAsync(
        string? name, HttpRequest request, ClaimsPrincipal user, UserManager<TranslateUser> users, GlossaryService service, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await service.ImportAsync(Downloads.ActorId(users, user), name ?? "", request.Body, cancellationToken));
        }
        catch (FormatException refused)
        {
            return TypedResults.Problem(refused.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        catch (ForbiddenException)
        {
            return TypedResults.Forbid();
        }
    }
}
