using Translate.Domain.Translations;

namespace Translate.Formats.Interchange;

/// <summary>
/// Translate's states as XLIFF 1.2 target states. Where one XLIFF state stands for two of Translate's (new, and
/// needs-review-translation), Translate's own translate:state attribute says which, so nothing is lost.
/// </summary>
internal static class Xliff12States
{
    public static (string State, string? Own) Write(TranslationState state) => state switch
    {
        TranslationState.Empty => ("new", null),
        TranslationState.Draft => ("new", "draft"),
        TranslationState.Translated => ("translated", null),
        TranslationState.NeedsUpdate => ("needs-review-translation", "needs-update"),
        TranslationState.Rejected => ("needs-review-translation", "rejected"),
        TranslationState.Approved => ("signed-off", null),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>
    /// Translate's own attribute wins. Many tools write no state: a written target is then Translated. Custom "x-"
    /// states are read by whether a target was written.
    /// </summary>
    public static TranslationState? Read(string? state, string? own, bool hasTargetText)
    {
        switch (own)
        {
            case "draft":
                return TranslationState.Draft;
            case "needs-update":
                return TranslationState.NeedsUpdate;
            case "rejected":
                return TranslationState.Rejected;
        }

        var byText = hasTargetText ? TranslationState.Draft : TranslationState.Empty;
        return state switch
        {
            null => hasTargetText ? TranslationState.Translated : TranslationState.Empty,
            "new" or "needs-translation" => byText,
            "translated" => TranslationState.Translated,
            "needs-review-translation" or "needs-review-l10n" or "needs-review-adaptation" or "needs-l10n" or "needs-adaptation" =>
                TranslationState.NeedsUpdate,
            "signed-off" or "final" => TranslationState.Approved,
            _ when state.StartsWith("x-", StringComparison.Ordinal) => byText,
            _ => null,
        };
    }
}
