using Translate.Domain.Glossaries;
using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>The automatic checks on a translation of one segment: errors block submitting the language, warnings ask for a look.</summary>
public static class TranslationChecks
{
    private static readonly ITranslationCheck[] All =
    [
        new IdenticalTargetCheck(),
        new InlineTagCheck(),
        new WhitespaceCheck(),
        new NumberCheck(),
        new ExtraNumberCheck(),
        new DateCheck(),
        new AddressCheck(),
        new DomainNameCheck(),
        new PhoneCheck(),
        new FrenchSpacingCheck(),
        new ChinesePunctuationCheck(),
        new EndPunctuationCheck(),
        new UnbalancedCheck(),
        new GermanQuotesCheck(),
        new LuxembourgishNRuleCheck(),
        new LengthCheck(),
    ];

    /// <summary>
    /// What the checks find in <paramref name="target"/>, a translation of <paramref name="source"/>; both are tagged segment texts.
    /// With a <paramref name="glossary"/>, its terms are checked too.
    /// </summary>
    public static IReadOnlyList<CheckFinding> Of(
        string source, string target, Language sourceLanguage, Language targetLanguage, Glossary? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var pair = new CheckedPair(source, target, sourceLanguage, targetLanguage);

        // An empty translation is one problem, not also every number and address it lacks.
        var empty = new EmptyTargetCheck().Run(pair).ToList();
        if (empty.Count > 0)
        {
            return empty;
        }

        var findings = All.SelectMany(check => check.Run(pair));
        return glossary is null ? [.. findings] : [.. findings, .. GlossaryCheck.Run(source, target, sourceLanguage, targetLanguage, glossary)];
    }
}
