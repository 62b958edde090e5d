using Microsoft.Extensions.Localization;
using Translate.Application.Checks;

namespace Translate.Web.Components.Pages.Editor;

/// <summary>A segment's findings counted in words, "1 error, 2 warnings", for its row in the editor.</summary>
public static class CheckCounts
{
    public static string Text(IReadOnlyList<CheckView> checks, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var errors = checks.Count(c => c.IsError);
        var warnings = checks.Count - errors;
        var errorText = localizer[errors == 1 ? "editor.checks.errors-one" : "editor.checks.errors-other", errors].Value;
        var warningText = localizer[warnings == 1 ? "editor.checks.warnings-one" : "editor.checks.warnings-other", warnings].Value;
        return (errors, warnings) switch
        {
            (> 0, > 0) => localizer["editor.checks.both", errorText, warningText],
            (> 0, _) => errorText,
            _ => warningText,
        };
    }
}
