using Translate.Domain.Translations;

namespace Translate.Formats.Interchange;

/// <summary>
/// Translate's states as XLIFF 2 segment states. XLIFF has four; the states it lacks travel as a subState with the
/// "translate:" authority prefix, so a file written by Translate reads back with nothing lost.
/// </summary>
internal static class Xliff2States
{
    private const string Prefix = "translate:";

    public static (string State, string? SubState) Write(TranslationState state) => state switch
    {
        TranslationState.Empty => ("initial", null),
        TranslationState.Draft => ("initial", Prefix + "draft"),
        TranslationState.NeedsUpdate => ("initial", Prefix + "needs-update"),
        TranslationState.Rejected => ("initial", Prefix + "rejected"),
        TranslationState.Translated => ("translated", null),
        TranslationState.Approved => ("final", null),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>
    /// Translate's own subState wins; otherwise "reviewed" is only Translated (approval is an editor's act in Translate)
    /// and "initial" is a Draft when a target was written.
    /// </summary>
    public static TranslationState? Read(string? state, string? subState, bool hasTargetText)
    {
        switch (subState)
        {
            case Prefix + "draft":
                return TranslationState.Draft;
            case Prefix + "needs-update":
                return TranslationState.NeedsUpdate;
            case Prefix + "rejected":
                return TranslationState.Rejected;
        }

        return (state ?? "initial") switch
        {
            "initial" => hasTargetText ? TranslationState.Draft : TranslationState.Empty,
            "translated" or "reviewed" => TranslationState.Translated,
            "final" => TranslationState.Approved,
            _ => null,
        };
    }
}
