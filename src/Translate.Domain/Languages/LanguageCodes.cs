using System.Globalization;

namespace Translate.Domain.Languages;

/// <summary>Codes and cultures of <see cref="Language"/>: one place for "zh" meaning Simplified Chinese.</summary>
public static class LanguageCodes
{
    public static IReadOnlyList<Language> All { get; } = Enum.GetValues<Language>();

    /// <summary>The short code used in URLs, files and the database: en, fr, de, lb, zh.</summary>
    public static string Code(this Language language) => language switch
    {
        Language.En => "en",
        Language.Fr => "fr",
        Language.De => "de",
        Language.Lb => "lb",
        Language.Zh => "zh",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>The BCP 47 tag for documents and interchange files: Chinese is Simplified, zh-Hans.</summary>
    public static string Tag(this Language language) => language == Language.Zh ? "zh-Hans" : language.Code();

    public static CultureInfo Culture(this Language language) => CultureInfo.GetCultureInfo(language.Tag());

    /// <summary>Counts for Chinese are in characters, for the others in words.</summary>
    public static bool CountsCharacters(this Language language) => language == Language.Zh;

    public static bool TryParse(string? value, out Language language)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(value, candidate.Code(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, candidate.Tag(), StringComparison.OrdinalIgnoreCase))
            {
                language = candidate;
                return true;
            }
        }

        language = default;
        return false;
    }

    public static Language Parse(string value) =>
        TryParse(value, out var language)
            ? language
            : throw new FormatException($"'{value}' is not one of the languages en, fr, de, lb, zh.");

    public static string Codes(IEnumerable<Language> languages) => string.Join(", ", languages.Select(l => l.Code()));
}
