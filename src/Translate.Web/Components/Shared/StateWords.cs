using Microsoft.Extensions.Localization;
using Translate.Domain.Releases;
using Translate.Domain.Translations;

namespace Translate.Web.Components.Shared;

/// <summary>One place for how a state reads ("Changes requested") and the tone its badge repeats in colour.</summary>
public static class StateWords
{
    /// <summary>The state in the UI language. Keys are per enum, so French and German can agree with the noun they describe.</summary>
    public static string Label(Enum state, IStringLocalizer localizer) => localizer[Key(state)];

    public static string Tone(Enum state) => state switch
    {
        LanguageState.Approved or TranslationState.Approved or ReleaseStatus.Published or ReleaseStatus.ReadyToPublish => "ok",
        LanguageState.InReview or LanguageState.InProgress or TranslationState.Translated or TranslationState.Draft or ReleaseStatus.InTranslation => "warn",
        LanguageState.ChangesRequested or TranslationState.Rejected or TranslationState.NeedsUpdate => "bad",
        _ => "neutral",
    };

    private static string Key(Enum state) => state switch
    {
        LanguageState.NotStarted => "shared.state.language.not-started",
        LanguageState.InProgress => "shared.state.language.in-progress",
        LanguageState.InReview => "shared.state.language.in-review",
        LanguageState.Approved => "shared.state.language.approved",
        LanguageState.ChangesRequested => "shared.state.language.changes-requested",
        TranslationState.Empty => "shared.state.translation.empty",
        TranslationState.Draft => "shared.state.translation.draft",
        TranslationState.Translated => "shared.state.translation.translated",
        TranslationState.Approved => "shared.state.translation.approved",
        TranslationState.NeedsUpdate => "shared.state.translation.needs-update",
        TranslationState.Rejected => "shared.state.translation.rejected",
        ReleaseStatus.Draft => "shared.state.release.draft",
        ReleaseStatus.InTranslation => "shared.state.release.in-translation",
        ReleaseStatus.ReadyToPublish => "shared.state.release.ready-to-publish",
        ReleaseStatus.Published => "shared.state.release.published",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
