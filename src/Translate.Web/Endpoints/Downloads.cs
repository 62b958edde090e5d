using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Translate.Application;
using Translate.Application.Exports;
using Translate.Data;
using Translate.Domain.Workflow;

namespace Translate.Web.Endpoints;

/// <summary>What the download endpoints share: who asks, and the file or the status that says why not.</summary>
internal static class Downloads
{
    public static string ActorId(UserManager<TranslateUser> users, ClaimsPrincipal user) =>
        users.GetUserId(user) ?? throw new InvalidOperationException("An authorized request has a user id.");

    /// <summary>The file as an attachment; 404 for what does not exist, 403 when the person's role changed since sign-in.</summary>
    public static async Task<IResult> FileAsync(Func<Task<ExportFile>> export)
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
