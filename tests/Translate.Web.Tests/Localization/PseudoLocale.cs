using System.Text;
using System.Text.RegularExpressions;
using Translate.Web.Localization;

namespace Translate.Web.Tests.Localization;

/// <summary>
/// A pseudo-locale made from English: every string accented, about a third longer and wrapped in ⟦ ⟧, placeholders
/// kept as they are so formatting still works. Installed as the Chinese file, it makes a page rendered in zh-Hans
/// show dates, numbers and Humanizer output in Chinese, so any Latin word outside the markers is hard-coded English.
/// </summary>
public static partial class PseudoLocale
{
    public const char Open = '⟦';
    public const char Close = '⟧';

    /// <summary>The culture whose file the pseudo-locale replaces.</summary>
    public const string Culture = "zh-Hans";

    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Accented = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    /// <summary>English as it is, and the pseudo-locale as the Chinese file.</summary>
    public static LocaleStrings Over(LocaleStrings real)
    {
        var english = real.Files[LocaleStrings.SourceLanguage];
        return new LocaleStrings(new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase)
        {
            [LocaleStrings.SourceLanguage] = english,
            ["zh"] = english.ToDictionary(e => e.Key, e => Pseudo(e.Value)),
        });
    }

    /// <summary>"Releases" → "⟦Ŕéļéåšéš···⟧"; <c>{0}</c>, <c>{1:N0}</c>, <c>{{</c> and <c>}}</c> unchanged.</summary>
    public static string Pseudo(string english)
    {
        var text = new StringBuilder().Append(Open);
        var position = 0;
        foreach (Match kept in FormatItem().Matches(english))
        {
            Accent(english.AsSpan(position, kept.Index - position), text);
            text.Append(kept.Value);
            position = kept.Index + kept.Length;
        }

        Accent(english.AsSpan(position), text);
        var lengthening = (int)Math.Ceiling(english.Length * 0.35);
        return text.Append('·', lengthening).Append(Close).ToString();
    }

    /// <summary>The text with every pseudo-localized span taken out, whatever it held (a placeholder's data included).</summary>
    public static string WithoutPseudoText(string text)
    {
        // Counted, not matched: a placeholder filled with another pseudo string nests markers.
        var outside = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == Open ? 1 : 0;
            if (depth == 0)
            {
                outside.Append(c);
            }

            depth -= c == Close && depth > 0 ? 1 : 0;
        }

        return outside.ToString();
    }

    private static void Accent(ReadOnlySpan<char> english, StringBuilder text)
    {
        foreach (var c in english)
        {
            var index = Plain.IndexOf(c, StringComparison.Ordinal);
            text.Append(index < 0 ? c : Accented[index]);
        }
    }

    [GeneratedRegex(@"\{\{|\}\}|\{[0-9]+(?:,-?[0-9]+)?(?::[^{}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex FormatItem();
}
