using Humanizer;
using Translate.Domain.Releases;
using Translate.Domain.Translations;

namespace Translate.Web.Components.Shared;

/// <summary>One place for how a state reads ("Changes requested") and the tone its badge repeats in colour.</summary>
public static class StateWords
{
    public static string Label(Enum state) => state.ToString().Humanize(LetterCasing.Sentence);

    public static string Tone(Enum state) => state switch
    {
        LanguageState.Approved or TranslationState.Approved or ReleaseStatus.Published or ReleaseStatus.ReadyToPublish => "ok",
        LanguageState.InReview or LanguageState.InProgress or TranslationState.Translated or TranslationState.Draft or ReleaseStatus.InTranslation => "warn",
        LanguageState.ChangesRequested or TranslationState.Rejected or TranslationState.NeedsUpdate => "bad",
        _ => "neutral",
    };
}
