using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Glossaries;

/// <summary>
/// A ministry names its institutions one way: each glossary term of the source should come back as its approved
/// translation (a warning, since a rephrased sentence may rightly do without it), and a forbidden variant is an error.
/// Both sides are matched as <see cref="Glossary.Find(string, Language)"/> matches.
/// </summary>
public static class GlossaryCheck
{
    public const string TermMissingCode = "check.term-missing";
    public const string TermForbiddenCode = "check.term-forbidden";

    /// <summary>What the glossary finds in <paramref name="target"/>, a translation of <paramref name="source"/>; both are tagged segment texts.</summary>
    public static IReadOnlyList<CheckFinding> Run(string source, string target, Language sourceLanguage, Language targetLanguage, Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(glossary);
        var translation = MatchText.Of(target);
        if (string.IsNullOrWhiteSpace(translation.Value))
        {
            return [];
        }

        var missing = glossary.Find(MatchText.Of(source), sourceLanguage)
            .DistinctBy(hit => hit.Entry.Id)
            .Select(hit => (hit.Term, Expected: hit.Entry.TermIn(targetLanguage)))
            .Where(p => p.Expected is { } expected && !translation.Contains(TermKey.Of(expected.Text, expected.CaseSensitive), expected.CaseSensitive))
            .Select(p => CheckFinding.Warning(TermMissingCode,
                $"The glossary term \"{p.Term.Text}\" should be translated as \"{p.Expected!.Text}\".", ("term", p.Term.Text), ("expected", p.Expected.Text)));

        var forbidden = glossary.FindForbidden(translation, targetLanguage)
            .Distinct()
            .Select(f => CheckFinding.Error(TermForbiddenCode,
                $"\"{f.Variant}\" is a forbidden variant in the glossary: write \"{f.Term.Text}\".", ("variant", f.Variant), ("approved", f.Term.Text)));

        return [.. forbidden, .. missing];
    }
}
