using Microsoft.Extensions.Localization;
using Translate.Domain.Workflow;

namespace Translate.Web.Components.Shared;

/// <summary>
/// The one place pages catch a refusal (a rule of the workflow, something that does not exist, a role that changed):
/// the action runs, or its refusal comes back for the page to show. A fault is no refusal: it goes on to the error page.
/// </summary>
public static class Refusable
{
    /// <returns>Null when the action ran; else the refusal, with what its kind carries (the publication gate, say).</returns>
    public static async Task<RefusedException?> RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (RefusedException refused)
        {
            return refused;
        }
    }

    /// <returns>Null when the action ran; else why it was refused, in the reader's language.</returns>
    public static async Task<string?> RunAsync(Func<Task> action, IStringLocalizer localizer) =>
        await RunAsync(action) is { } refused ? RefusalText.Of(refused.Refusal, localizer) : null;

    /// <summary>An action on an uploaded file: the file's own problems (unreadable, hostile, too large) are refusals too.</summary>
    /// <returns>Null when the action ran; else why it was refused, in the reader's language.</returns>
    public static async Task<string?> RunOnFileAsync(Func<Task> action, IStringLocalizer localizer)
    {
        try
        {
            return await RunAsync(action, localizer);
        }
        catch (FormatException problem)
        {
            return FileRefusalText.Of(problem, localizer);
        }
    }
}
