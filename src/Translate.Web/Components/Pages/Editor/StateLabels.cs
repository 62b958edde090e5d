using Translate.Application.Editing;
using Translate.Domain.Releases;
using Translate.Domain.Translations;

namespace Translate.Web.Components.Pages.Editor;

/// <summary>States as words (the colour only repeats them) and why a row is read-only.</summary>
public static class StateLabels
{
    public static string Label(this TranslationState state) => state switch
    {
        TranslationState.NeedsUpdate => "Needs update",
        _ => state.ToString(),
    };

    public static string CssClass(this TranslationState state) => state switch
    {
        TranslationState.Approved or TranslationState.Translated => "ok",
        TranslationState.NeedsUpdate => "warn",
        TranslationState.Rejected => "bad",
        _ => "neutral",
    };

    public static string Label(this LanguageState state) => state switch
    {
        LanguageState.NotStarted => "Not started",
        LanguageState.InProgress => "In progress",
        LanguageState.InReview => "In review",
        LanguageState.ChangesRequested => "Changes requested",
        _ => state.ToString(),
    };

    public static string Label(this ReleaseStatus status) => status switch
    {
        ReleaseStatus.InTranslation => "In translation",
        ReleaseStatus.ReadyToPublish => "Ready to publish",
        _ => status.ToString(),
    };

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
