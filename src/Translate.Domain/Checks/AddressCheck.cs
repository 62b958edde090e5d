using System.Text.RegularExpressions;

namespace Translate.Domain.Checks;

/// <summary>A changed e-mail address or URL sends readers nowhere, so each must come back character for character.</summary>
internal sealed class AddressCheck : ITranslationCheck
{
    public const string EmailCode = "check.email-missing";
    public const string UrlCode = "check.url-missing";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var targetUrls = Values(TextPatterns.Url(), pair.Target);
        foreach (var url in Missing(Values(TextPatterns.Url(), pair.Source), targetUrls))
        {
            yield return CheckFinding.Error(UrlCode, $"The URL {url} is not in the translation.", ("url", url));
        }

        var targetEmails = Values(TextPatterns.EmailAddress(), pair.Target);
        foreach (var email in Missing(Values(TextPatterns.EmailAddress(), pair.Source), targetEmails))
        {
            yield return CheckFinding.Error(EmailCode, $"The e-mail address {email} is not in the translation.", ("email", email));
        }
    }

    private static List<string> Values(Regex pattern, string text) => [.. pattern.Matches(text).Select(m => m.Value)];

    private static List<string> Missing(List<string> source, List<string> target)
    {
        var left = new List<string>(target);
        return [.. source.Where(value => !left.Remove(value))];
    }
}
