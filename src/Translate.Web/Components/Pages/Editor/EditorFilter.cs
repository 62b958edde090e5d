using Microsoft.Extensions.Localization;

namespace Translate.Web.Components.Pages.Editor;

/// <summary>Which segments the editor lists.</summary>
public enum EditorFilter
{
    All,
    Open,
    NeedsUpdate,
    Rejected,
    AssignedToMe,
}

public static class EditorFilters
{
    public static IReadOnlyList<EditorFilter> All { get; } = Enum.GetValues<EditorFilter>();

    public static string Label(this EditorFilter filter, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[filter switch
        {
            EditorFilter.All => "editor.filter.all",
            EditorFilter.Open => "editor.filter.open",
            EditorFilter.NeedsUpdate => "editor.filter.needs-update",
            EditorFilter.Rejected => "editor.filter.rejected",
            EditorFilter.AssignedToMe => "editor.filter.assigned-to-me",
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
        }];
    }

    public static bool Matches(this EditorFilter filter, SegmentEdit edit, string actorId)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return filter switch
        {
            EditorFilter.All => true,
            EditorFilter.Open => edit.IsOpen,
            EditorFilter.NeedsUpdate => edit.State == Domain.Translations.TranslationState.NeedsUpdate,
            EditorFilter.Rejected => edit.State == Domain.Translations.TranslationState.Rejected,
            EditorFilter.AssignedToMe => edit.Row.AssigneeId == actorId,
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
        };
    }
}
