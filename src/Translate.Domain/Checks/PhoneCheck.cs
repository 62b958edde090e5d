using System.Text;

namespace Translate.Domain.Checks;

/// <summary>
/// A phone number must reach the same line: its digits come back in the same order, whether the translation keeps the
/// source's spacing or writes it as its language groups them ("(+352) 247-84151" or "+352 247 84151").
/// </summary>
internal sealed class PhoneCheck : ITranslationCheck
{
    public const string Code = "check.phone-missing";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var left = Phones(pair.Target).Select(p => p.Digits).ToList();
        foreach (var (written, _) in Phones(pair.Source).Where(p => !left.Remove(p.Digits)))
        {
            yield return CheckFinding.Error(Code, $"The phone number {written} is not in the translation.", ("phone", written));
        }
    }

    private static IEnumerable<(string Written, string Digits)> Phones(string text) =>
        TextPatterns.Phone().Matches(TextPatterns.WithoutLinks(text)).Select(m => (m.Value, Digits(m.Value)));

    private static string Digits(string phone)
    {
        var digits = new StringBuilder(phone.Length);
        foreach (var c in phone.Where(char.IsDigit))
        {
            digits.Append((char)('0' + (int)char.GetNumericValue(c)));
        }

        return digits.ToString();
    }
}
