using System.Globalization;
using System.Text;

namespace Translate.Domain.Glossaries;

/// <summary>
/// How terms and texts are compared: typographic apostrophes and hyphens read as straight ones, any run of white space
/// (no-break spaces included) as one space; letters lower-cased unless the term is case-sensitive. Accents are kept:
/// "Economie" is a misspelling of "Économie", not the same word.
/// </summary>
internal static class TermKey
{
    /// <summary>The comparison form of a term.</summary>
    public static string Of(string term, bool caseSensitive)
    {
        var builder = new StringBuilder(term.Length);
        var space = false;
        foreach (var c in term.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(caseSensitive ? Fold(c) : char.ToLowerInvariant(Fold(c)));
        }

        return builder.ToString();
    }

    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u00B4' or '`' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    /// <summary>A letter or digit of a script that writes spaces between words: a term must not start or end inside such a word.</summary>
    public static bool IsWordCharacter(char c) =>
        !IsChinese(c) && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    /// <summary>Han characters (and the surrogate halves of the rarer ones): Chinese has no spaces, so a term matches anywhere.</summary>
    public static bool IsChinese(char c) =>
        c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' || char.IsSurrogate(c);
}
