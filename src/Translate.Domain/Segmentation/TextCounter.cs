using System.Text.RegularExpressions;
using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Domain.Segmentation;

/// <summary>The size of a text: words for en, fr, de and lb; characters for zh.</summary>
public static partial class TextCounter
{
    // Ideographs of the basic block, extension A and compatibility forms (extensions B+ are surrogate pairs).
    private const string Ideographs = @"\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF";
    private const string Ideograph = $@"[{Ideographs}]|[\uD840-\uD88F][\uDC00-\uDFFF]";

    // Apostrophes, hyphens, periods, @, slashes, colons and the like join the parts of one word
    // ("l'exploration", "247-74126", "paul.zenners@eco.etat.lu"); a comma only between digits ("3,5").
    private const string Joiner = @"(?:[-'’‐‑.@_/:&]{1,3}|(?<=\p{N}),(?=\p{N}))";
    private const string WordPart = @"[\p{L}\p{M}\p{N}]+";
    private const string LatinWordPart = $@"[\p{{L}}\p{{M}}\p{{N}}-[{Ideographs}]]+";

    // Chinese is written without spaces, so its usual measure is characters: each ideograph counts
    // once, and so does each embedded Latin word or number ("SpaceResources.lu", "2018").
    public static int Count(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = InlineTags.Strip(text);
        return language.CountsCharacters() ? IdeographOrLatinWord().Count(text) : Word().Count(text);
    }

    [GeneratedRegex($"{WordPart}(?:{Joiner}{WordPart})*", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Word();

    [GeneratedRegex($"{Ideograph}|{LatinWordPart}(?:{Joiner}{LatinWordPart})*", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex IdeographOrLatinWord();
}
