using System.Text.RegularExpressions;

namespace Translate.Domain.Checks;

/// <summary>The shapes several checks look for, written once so they agree on what an address or a number is.</summary>
internal static partial class TextPatterns
{
    // Latin letters only, so that Chinese text written up against an address is not taken into it.
    [GeneratedRegex(@"[a-zA-Z0-9\u00C0-\u024F._%+-]+@[a-zA-Z0-9\u00C0-\u024F-]+(\.[a-zA-Z0-9\u00C0-\u024F-]+)+", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex EmailAddress();

    // A URL ends before closing punctuation, so "(see https://x.lu/a)." keeps "https://x.lu/a", and before Chinese text.
    [GeneratedRegex(@"(?<![a-zA-Z0-9])(?:https?://|www\.)[^\s<>""«»“”„\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]*[^\s<>""«»“”„.,;:!?)\]'’\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    public static partial Regex Url();

    /// <summary>
    /// The text with its e-mail addresses and URLs each replaced by U+FFFC (the object replacement character), for checks
    /// that must not look inside them: neither a space, a digit nor a letter, it does not make a check find something new.
    /// </summary>
    public static string WithoutAddresses(string text) => Url().Replace(EmailAddress().Replace(text, "\uFFFC"), "\uFFFC");
}
