using Microsoft.Extensions.Localization;
using Translate.Application.Editing;
using Translate.Domain.Releases;

namespace Translate.Web.Components.Pages.Editor;

/// <summary>Why a row of the editor is read-only, in words.</summary>
public static class ReadOnlyReasons
{
    public static string Reason(this EditorRow row, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(localizer);
        return row.ReadOnlyReason switch
        {
            ReadOnlyReason.NotStarted => localizer["editor.read-only.not-started"],
            ReadOnlyReason.Published => localizer["editor.read-only.published"],
            ReadOnlyReason.NotAssigned => localizer["editor.read-only.not-assigned"],
            ReadOnlyReason.AssignedToSomeoneElse => localizer["editor.read-only.assigned-to", row.AssigneeName ?? string.Empty],
            ReadOnlyReason.NotYourLanguage => localizer["editor.read-only.not-your-language"],
            ReadOnlyReason.InReview => localizer["editor.read-only.in-review"],
            _ => string.Empty,
        };
    }
}
