using System.Text.RegularExpressions;

namespace Translate.Domain.Checks;

/// <summary>The shapes several checks look for, written once so they agree on what an address, a phone number or a date is.</summary>
internal static partial class TextPatterns
{
    // Latin letters only, so that Chinese text written up against an address is not taken into it.
    [GeneratedRegex(@"[a-zA-Z0-9\u00C0-\u024F._%+-]+@[a-zA-Z0-9\u00C0-\u024F-]+(\.[a-zA-Z0-9\u00C0-\u024F-]+)+", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex EmailAddress();

    // A URL ends before closing punctuation, so "(see https://x.lu/a)." keeps "https://x.lu/a", and before Chinese text.
    [GeneratedRegex(@"(?<![a-zA-Z0-9])(?:https?://|www\.)[^\s<>""«»“”„\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]*[^\s<>""«»“”„.,;:!?)\]'’\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    public static partial Regex Url();

    // A bare domain name (SpaceResources.lu, eco.public.lu): only the lower-case endings a press release meets, so that
    // "e.g." or a missing space after a full stop ("China.De") is not taken for one. Atomic labels keep it linear.
    [GeneratedRegex(@"(?<![a-zA-Z0-9\u00C0-\u024F@./_-])[a-zA-Z0-9\u00C0-\u024F](?>[a-zA-Z0-9\u00C0-\u024F-]*)(?:\.(?>[a-zA-Z0-9\u00C0-\u024F-]+))*?\.(?:lu|eu|int|com|org|net|info|fr|de|be|nl|at|ch|uk|cn|gov|edu|io)(?![a-zA-Z0-9\u00C0-\u024F_-]|\.[a-zA-Z0-9])", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex DomainName();

    // (+352) 247-84151, +352 247 84151, or a Luxembourg number without its country code, 247-82400: three digits, a
    // hyphen and at least four more, which a range of years (2017-2018) or an ISO date never is.
    [GeneratedRegex(@"(?:\(\+\d{1,3}\)|(?<![\d+])\+\d{1,3})[ \u00A0]?\d{2,}(?:[ \u00A0./-]\d{2,})*(?!\d)|(?<![\d.,/+-])\d{3}-\d{4,}(?![\d]|[.,/-]\d)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex Phone();

    // 16 January 2018, the 16th of January, 16 janvier, 1er janvier, 16. Januar 2018: the month word is looked up in a table of month names.
    // Latin letters only around it, since Chinese text is written up against digits (于16 January).
    [GeneratedRegex(@"(?<![a-zA-Z\u00C0-\u024F\d.,])(?<day>\d{1,2})(?<mark>\.|er|st|nd|rd|th)?[ \u00A0\u202F]+(?:of[ \u00A0]+)?(?<month>[a-zA-Z\u00C0-\u024F]+)(?:[ \u00A0\u202F]+(?<year>\d{4})(?!\d))?", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex DayMonthDate();

    // January 16, 2018 and January 16th: the English order.
    [GeneratedRegex(@"(?<![a-zA-Z\u00C0-\u024F])(?<month>[A-Z][a-z]+)[ \u00A0]+(?<day>\d{1,2})(?<mark>st|nd|rd|th)?(?![\da-zA-Z\u00C0-\u024F])(?:,?[ \u00A0]+(?<year>\d{4})(?!\d))?", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex MonthDayDate();

    // 16/01/2018, 16.01.2018: day first, with the year, since 16/01 alone may be a fraction or a score.
    [GeneratedRegex(@"(?<![\d.,/-])(?<day>\d{1,2})(?<mark>[./-])(?<month>\d{1,2})\k<mark>(?<year>\d{4})(?!\d|[.,]\d)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d.,/-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\d-])", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex IsoDate();

    // 2018年1月16日 and 1月16日, with ASCII or full-width digits.
    [GeneratedRegex(@"(?:(?<year>\d{4})\s*年\s*)?(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*[日号]", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex ChineseDate();

    /// <summary>
    /// The text with its e-mail addresses, URLs, domain names and phone numbers each replaced by U+FFFC (the object
    /// replacement character), for checks that must not look inside them: neither a space, a digit nor a letter, it
    /// does not make a check find something new.
    /// </summary>
    public static string WithoutAddresses(string text)
    {
        var withoutLinks = WithoutLinks(text);
        return Phone().Replace(MayHoldDomainName(withoutLinks) ? DomainName().Replace(withoutLinks, Hidden) : withoutLinks, Hidden);
    }

    /// <summary>A domain name has a dot right before a lower-case letter, which ordinary sentences ("end. Next") never do; looking is cheaper than matching.</summary>
    public static bool MayHoldDomainName(string text)
    {
        for (var dot = text.IndexOf('.', StringComparison.Ordinal); dot >= 0 && dot + 1 < text.Length; dot = text.IndexOf('.', dot + 1))
        {
            if (char.IsAsciiLetterLower(text[dot + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with its e-mail addresses and URLs hidden, where domain names and phone numbers are looked for.</summary>
    public static string WithoutLinks(string text) => Url().Replace(EmailAddress().Replace(text, Hidden), Hidden);

    private const string Hidden = "\uFFFC";
}
