using System.Text.RegularExpressions;
using Translate.Domain.Languages;

namespace Translate.Domain.Segmentation;

/// <summary>The size of a text: words for en, fr, de and lb; characters for zh.</summary>
public static partial class TextCounter
{
    // Chinese is written without spaces, so the usual measure is ideographs, with each embedded Latin
    // word or number ("SpaceResources.lu", "2018") counted once; other languages count words.
    public static int Count(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return language.CountsCharacters() ? IdeographOrLatinWord().Count(text) : Word().Count(text);
    }

    // A word is letters and digits, joined inside by apostrophes, hyphens, periods, @, slashes, colons
    // and the like: "l'exploration", "247-74126", "paul.zenners@eco.etat.lu" are one word each.
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:[-'’‐‑.@_/:&]{1,3}[\p{L}\p{M}\p{N}]+)*",
        RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Word();

    // Ideographs of the basic block, extension A, compatibility forms and extensions B+ (surrogate pairs).
    [GeneratedRegex(
        @"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\uD840-\uD88F][\uDC00-\uDFFF]"
        + @"|[\p{L}\p{M}\p{N}-[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]]+(?:[-'’‐‑.@_/:&]{1,3}[\p{L}\p{M}\p{N}-[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]]+)*",
        RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex IdeographOrLatinWord();
}
