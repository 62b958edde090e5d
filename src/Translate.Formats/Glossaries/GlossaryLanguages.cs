using System.Text.RegularExpressions;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;

namespace Translate.Formats.Glossaries;

/// <summary>
/// Language codes of glossary files: Translate's five in any usual form (en-GB, fr-FR, lb-LU, zh-CN, zh-Hans), other
/// languages told apart so they can be skipped, and what is no language code at all refused.
/// </summary>
internal static partial class GlossaryLanguages
{
    /// <summary>Translate's language for <paramref name="tag"/>, or null for another language; refuses what is no language code.</summary>
    public static Language? Parse(string tag, int line)
    {
        if (!Tag().IsMatch(tag))
        {
            throw GlossaryProblems.InvalidLanguage(tag, line);
        }

        return InterchangeLanguages.TryParse(tag, out var language) ? language : null;
    }

    public static bool LooksLikeTag(string text) => Tag().IsMatch(text);

    // BCP 47's shape: a primary language of 2 or 3 letters, then subtags of 1 to 8 letters or digits (en-GB, zh-Hans, de-CH-1996).
    [GeneratedRegex("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();
}
