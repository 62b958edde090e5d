using Translate.Domain.Glossaries;
using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>
/// The one place the workflow runs the checks on a translation (submission, review, summaries, the editor's live
/// check), so whatever joins the checks later (the glossary) joins them everywhere at once.
/// </summary>
public static class LanguageChecks
{
    /// <summary>
    /// The findings on <paramref name="target"/>, each with the acknowledgement covering it. A translation not begun
    /// has none: it is already counted as not translated, and listing what it lacks would only repeat that.
    /// The glossary's terms are checked with the rest.
    /// </summary>
    public static IReadOnlyList<CheckResult> Of(
        string source, string target, Language sourceLanguage, Language targetLanguage, Glossary glossary,
        IEnumerable<CheckAcknowledgement> acknowledgements)
    {
        ArgumentNullException.ThrowIfNull(acknowledgements);
        if (string.IsNullOrWhiteSpace(target))
        {
            return [];
        }

        var acknowledged = acknowledgements.ToList();
        return [.. TranslationChecks.Of(source, target, sourceLanguage, targetLanguage, glossary)
            .Select(f => new CheckResult(f, f.Severity == CheckSeverity.Warning ? acknowledged.LastOrDefault(a => a.Covers(f)) : null))];
    }
}
