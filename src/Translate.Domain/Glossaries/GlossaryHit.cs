using Translate.Domain.Languages;

namespace Translate.Domain.Glossaries;

/// <summary>
/// A glossary term found in a segment: which entry and term, where (<see cref="Start"/> and <see cref="Length"/> in the
/// text with its inline tags stripped, as <c>InlineTags.Strip</c> gives it), and the approved term of each language.
/// </summary>
public sealed record GlossaryHit(GlossaryEntry Entry, GlossaryTerm Term, int Start, int Length)
{
    /// <summary>The approved term of each language the entry speaks to, the hit's own language included.</summary>
    public IReadOnlyDictionary<Language, GlossaryTerm> Translations => Entry.Translations();
}
