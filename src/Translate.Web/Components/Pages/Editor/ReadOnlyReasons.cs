using Translate.Application.Editing;

namespace Translate.Web.Components.Pages.Editor;

/// <summary>Why a row of the editor is read-only, in words.</summary>
public static class ReadOnlyReasons
{
    public static string Reason(this EditorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.ReadOnlyReason switch
        {
            ReadOnlyReason.NotStarted => "Translation has not started",
            ReadOnlyReason.Published => "Published: an editor must open a correction first",
            ReadOnlyReason.NotAssigned => "Not assigned yet",
            ReadOnlyReason.AssignedToSomeoneElse => $"Assigned to {row.AssigneeName}",
            ReadOnlyReason.NotYourLanguage => "Not one of your working languages",
            ReadOnlyReason.InReview => "In review",
            _ => string.Empty,
        };
    }
}
