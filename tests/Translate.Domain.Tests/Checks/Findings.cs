using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

/// <summary>Runs every check over one pair, so each test proves its check works among the others.</summary>
internal static class Findings
{
    public static IReadOnlyList<CheckFinding> Of(string source, string target, Language targetLanguage, Language sourceLanguage = Language.En) =>
        TranslationChecks.Of(source, target, sourceLanguage, targetLanguage);

    public static List<string> Codes(string source, string target, Language targetLanguage, Language sourceLanguage = Language.En) =>
        [.. Of(source, target, targetLanguage, sourceLanguage).Select(f => f.Code)];
}
