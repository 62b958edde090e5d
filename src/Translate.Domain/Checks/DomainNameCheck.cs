namespace Translate.Domain.Checks;

/// <summary>A bare domain name (SpaceResources.lu) names a site readers type in, so it must come back character for character.</summary>
internal sealed class DomainNameCheck : ITranslationCheck
{
    public const string Code = "check.domain-missing";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var left = DomainNames(pair.Target);
        foreach (var domain in DomainNames(pair.Source).Where(d => !left.Remove(d)))
        {
            yield return CheckFinding.Error(Code, $"The domain {domain} is not in the translation.", ("domain", domain));
        }
    }

    // Looked for outside e-mail addresses and URLs, whose own check already names them whole.
    private static List<string> DomainNames(string text)
    {
        var withoutLinks = TextPatterns.WithoutLinks(text);
        return TextPatterns.MayHoldDomainName(withoutLinks) ? [.. TextPatterns.DomainName().Matches(withoutLinks).Select(m => m.Value)] : [];
    }
}
