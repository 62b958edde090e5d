using Microsoft.Extensions.Localization;
using Translate.Domain.Checks;

namespace Translate.Web.Components.Shared;

/// <summary>
/// What a check found, in the UI language: the sentence of <c>locales/</c> whose key is the finding's code
/// (every code starts with <c>check.</c>), its values worded as refusals word theirs. The English message is for logs.
/// </summary>
public static class CheckText
{
    public const string KeyPrefix = "check.";

    public static string Of(CheckFinding finding, IStringLocalizer localizer) =>
        localizer[finding.Code, [.. finding.Values.Values.Select(v => RefusalText.Word(v, localizer))]];

    public static string Severity(CheckSeverity severity, IStringLocalizer localizer) => severity switch
    {
        CheckSeverity.Error => localizer["shared.check.error"],
        _ => localizer["shared.check.warning"],
    };
}
