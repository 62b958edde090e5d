using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Translate.Application.Exports;
using Translate.Application.Glossaries;
using Translate.Data;
using Translate.Domain.Workflow;
using Translate.Web.Accounts;

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
            DownloadAsync(() => service.ExportAsync(ActorId(users, user), GlossaryFileFormat.Tbx, cancellationToken))).RequireAuthorization();
        glossary.MapGet("/export.csv", (ClaimsPrincipal user, UserManager<TranslateUser> users, GlossaryService service, CancellationToken cancellationToken) =>
            DownloadAsync(() => service.ExportAsync(ActorId(users, user), GlossaryFileFormat.Csv, cancellationToken))).RequireAuthorization();
        glossary.MapPost("/import", ImportAsync).RequireAuthorization(Policies.Editor);
        return endpoints;
    }

    private static async Task<IResult> ImportAsync(
        string? name, HttpRequest request, ClaimsPrincipal user, UserManager<TranslateUser> users, GlossaryService service, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await service.ImportAsync(ActorId(users, user), name ?? "", request.Body, cancellationToken));
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

    private static string ActorId(UserManager<TranslateUser> users, ClaimsPrincipal user) =>
        users.GetUserId(user) ?? throw new InvalidOperationException("An authorized request has a user id.");

    /// <summary>The file as an attachment; 403 when the person was disabled since sign-in.</summary>
    private static async Task<IResult> DownloadAsync(Func<Task<ExportFile>> export)
    {
        try
        {
            var file = await export();
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }
        catch (ForbiddenException)
        {
            return TypedResults.Forbid();
        }
    }
}
