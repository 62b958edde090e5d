using System.Text;
using System.Text.RegularExpressions;
using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>
/// A wrong figure in a press release is the mistake that embarrasses a ministry most. Each number of the source must
/// come back with the same value, written as the target language writes it: 3.5 is 3,5 in French and German, 1,000
/// is 1 000 or 1.000; a German ordinal's dot ("16.") is not part of the number; Chinese full-width digits count.
/// </summary>
internal sealed partial class NumberCheck : ITranslationCheck
{
    public const string Code = "check.number-missing";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var left = pair.TargetNumbers.Select(n => n.Value).ToList();
        foreach (var number in pair.SourceNumbers.Where(n => !left.Remove(n.Value)))
        {
            yield return CheckFinding.Error(Code, $"The number {number.Written} of the source is not in the translation.", ("number", number.Written));
        }
    }

    /// <summary>
    /// The numbers of a text as the language reads them, given the text with its addresses, phone numbers and dates
    /// hidden (<see cref="CheckedPair"/> does): their own checks compare them whole, and a date may change its digits'
    /// order ("2018年1月16日").
    /// </summary>
    internal static List<(string Written, string Value)> Numbers(string visible, Language language)
    {
        var format = Format.Of(language);
        return [.. Token().Matches(visible).SelectMany(match => Split(match.Value, format))];
    }

    // Reads a run of digits and separators left to right: a decimal mark once, a group mark only before three digits;
    // any other separator ends one number and starts the next ("16.01.2018" is three numbers in German).
    private static IEnumerable<(string Written, string Value)> Split(string token, Format format)
    {
        var parts = Separator().Split(token);
        var (written, integer, fraction) = (parts[0], Digits(parts[0]), (string?)null);
        var grouped = false;
        for (var i = 1; i < parts.Length; i += 2)
        {
            var (mark, digits) = (parts[i][0], parts[i + 1]);
            if (fraction is null && mark == format.Decimal)
            {
                fraction = Digits(digits);
            }
            else if (fraction is null && format.Groups.Contains(mark) && digits.Length == 3 && (grouped || integer.Length <= 3))
            {
                integer += Digits(digits);
                grouped = true;
            }
            else
            {
                yield return (written, Value(integer, fraction));
                (written, integer, fraction, grouped) = (digits, Digits(digits), null, false);
                continue;
            }

            written += mark + digits;
        }

        yield return (written, Value(integer, fraction));
    }

    private static string Digits(string digits)
    {
        var ascii = new StringBuilder(digits.Length);
        foreach (var digit in digits)
        {
            ascii.Append((char)('0' + (int)char.GetNumericValue(digit)));
        }

        return ascii.ToString();
    }

    // One spelling per value: no leading zeros in the integer part, no trailing zeros in the fraction.
    private static string Value(string integer, string? fraction)
    {
        var whole = integer.TrimStart('0');
        var part = fraction?.TrimEnd('0') ?? "";
        return (whole.Length == 0 ? "0" : whole) + (part.Length == 0 ? "" : "." + part);
    }

    private sealed record Format(char Decimal, string Groups)
    {
        private const string Spaces = " \u00A0\u202F";

        public static Format Of(Language language) => language switch
        {
            Language.En or Language.Zh => new('.', "," + Spaces),
            _ => new(',', "." + Spaces),
        };
    }

    [GeneratedRegex(@"\d+(?:[.,\u0020\u00A0\u202F]\d+)*", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Token();

    [GeneratedRegex(@"([.,\u0020\u00A0\u202F])", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Separator();
}
