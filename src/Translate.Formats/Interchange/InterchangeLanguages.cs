using Translate.Domain.Languages;

namespace Translate.Formats.Interchange;

/// <summary>
/// Language tags as other tools write them (fr-FR, de-LU, zh-CN) read as Translate's languages, and the check that a
/// file is in the languages the caller expects.
/// </summary>
internal static class InterchangeLanguages
{
    // Translate's zh is Simplified Chinese: Traditional scripts and the regions that use them are another language.
    private static readonly string[] TraditionalChinese = ["zh-hant", "zh-tw", "zh-hk", "zh-mo"];

    public static Language Parse(string? tag, string attribute, int line)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            throw InterchangeProblems.MissingLanguage(attribute, line);
        }

        if (TryParse(tag, out var language))
        {
            return language;
        }

        throw InterchangeProblems.UnsupportedLanguage(attribute, tag, line);
    }

    public static bool TryParse(string tag, out Language language)
    {
        if (LanguageCodes.TryParse(tag, out language))
        {
            return true;
        }

        var normalized = tag.Replace('_', '-').ToLowerInvariant();
        return LanguageCodes.TryParse(normalized.Split('-')[0], out language)
            && !(language == Language.Zh && TraditionalChinese.Any(t => normalized.StartsWith(t, StringComparison.Ordinal)));
    }

    public static void Expect(Language actual, Language? expected, string what, int line)
    {
        if (expected is { } wanted && actual != wanted)
        {
            throw InterchangeProblems.UnexpectedLanguage(what, actual, wanted, line);
        }
    }
}
