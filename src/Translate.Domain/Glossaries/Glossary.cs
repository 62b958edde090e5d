using Translate.Domain.Languages;
using Translate.Domain.Workflow;

namespace Translate.Domain.Glossaries;

/// <summary>
/// The press office's approved terms, indexed per language for finding them in segments: terms as whole words in
/// languages written with spaces, anywhere in Chinese; case-insensitive unless a term says otherwise; tolerant of
/// inline tags, extra white space and typographic apostrophes. Immutable: a changed glossary is a new one.
/// </summary>
public sealed class Glossary
{
    private readonly Dictionary<Language, TermIndex<GlossaryTerm>> _terms = [];
    private readonly Dictionary<Language, TermIndex<ForbiddenVariant>> _forbidden = [];
    private readonly Dictionary<GlossaryTerm, GlossaryEntry> _entryOf = new(ReferenceEqualityComparer.Instance);

    /// <summary>Refuses (<see cref="RefusedException"/>) two entries with one id.</summary>
    public Glossary(IEnumerable<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        if (Entries.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new RefusedException(GlossaryRefusals.DuplicateEntry(twice.Key));
        }

        foreach (var language in LanguageCodes.All)
        {
            var terms = new TermIndex<GlossaryTerm>();
            var forbidden = new TermIndex<ForbiddenVariant>();
            foreach (var entry in Entries)
            {
                if (entry.TermIn(language) is not { } term)
                {
                    continue;
                }

                _entryOf[term] = entry;
                terms.Add(term.Text, term.CaseSensitive, term);
                foreach (var variant in term.ForbiddenVariants)
                {
                    forbidden.Add(variant, term.CaseSensitive, new ForbiddenVariant(variant, term));
                }
            }

            _terms[language] = terms;
            _forbidden[language] = forbidden;
        }
    }

    public static Glossary Empty { get; } = new([]);

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>The glossary terms of <paramref name="language"/> in a (tagged) segment text, in order, the longest winning where they overlap.</summary>
    public IReadOnlyList<GlossaryHit> Find(string text, Language language) => Find(MatchText.Of(text), language);

    internal IReadOnlyList<GlossaryHit> Find(MatchText text, Language language) =>
        [.. _terms[language].Longest(text).Select(m => Hit(text, m))];

    /// <summary>Forbidden variants of <paramref name="language"/>'s terms in the text, except inside an approved term that contains one.</summary>
    internal IEnumerable<ForbiddenVariant> FindForbidden(MatchText text, Language language)
    {
        var approved = _terms[language].All(text).ToList();
        return _forbidden[language].All(text)
            .Where(f => !approved.Any(a => a.Start <= f.Start && f.Start + f.Length <= a.Start + a.Length))
            .Select(f => f.Value);
    }

    private GlossaryHit Hit(MatchText text, TermMatch<GlossaryTerm> match)
    {
        var (start, length) = text.Place(match.Start, match.Length);
        return new GlossaryHit(_entryOf[match.Value], match.Value, start, length);
    }
}

/// <summary>A variant translators must not write, and the approved term to write instead.</summary>
internal sealed record ForbiddenVariant(string Variant, GlossaryTerm Term);
