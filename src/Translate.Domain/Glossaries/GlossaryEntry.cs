using Translate.Domain.Languages;
using Translate.Domain.Workflow;

namespace Translate.Domain.Glossaries;

/// <summary>
/// One concept of the glossary ("Ministry of the Economy") with its approved term per language. A do-not-translate
/// entry is a name that stays as it is in every language ("SpaceResources.lu"): its first term stands for the languages
/// it has no term of its own in.
/// </summary>
public sealed class GlossaryEntry
{
    public const int MaxNoteLength = 2000;
    public const int MaxSubjectLength = 100;

    /// <summary>Refuses (<see cref="RefusedException"/>) an entry without terms, two terms of one language, and notes or subjects too long.</summary>
    public GlossaryEntry(Guid id, IEnumerable<GlossaryTerm> terms, string? note = null, string? subject = null, bool doNotTranslate = false)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var list = terms.ToList();
        if (list.Count == 0)
        {
            throw new RefusedException(GlossaryRefusals.NoTerms());
        }

        if (list.GroupBy(t => t.Language).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new RefusedException(GlossaryRefusals.DuplicateLanguage(twice.Key));
        }

        if (subject?.Trim().Length > MaxSubjectLength)
        {
            throw new RefusedException(GlossaryRefusals.SubjectTooLong(MaxSubjectLength));
        }

        Id = id;
        Terms = list;
        Note = Optional(note, MaxNoteLength);
        Subject = Optional(subject, MaxSubjectLength);
        DoNotTranslate = doNotTranslate;
    }

    public Guid Id { get; }

    /// <summary>The approved terms, one per language at most, in the order given.</summary>
    public IReadOnlyList<GlossaryTerm> Terms { get; }

    /// <summary>What the concept is and how to use it, or null.</summary>
    public string? Note { get; }

    /// <summary>The field the concept belongs to ("space", "institutions"), or null.</summary>
    public string? Subject { get; }

    public bool DoNotTranslate { get; }

    /// <summary>The term a text in <paramref name="language"/> must use: its own, the name for a do-not-translate entry, or null.</summary>
    public GlossaryTerm? TermIn(Language language) =>
        Terms.FirstOrDefault(t => t.Language == language) ?? (DoNotTranslate ? Terms[0] : null);

    /// <summary>The term each language must use, for every language the entry speaks to.</summary>
    public IReadOnlyDictionary<Language, GlossaryTerm> Translations() =>
        LanguageCodes.All.Select(l => (Language: l, Term: TermIn(l))).Where(p => p.Term is not null)
            .ToDictionary(p => p.Language, p => p.Term!);

    public override string ToString() => string.Join(" | ", Terms);

    internal static string? Optional(string? text, int limit)
    {
        var trimmed = text?.Trim();
        if (trimmed?.Length > limit)
        {
            throw new RefusedException(GlossaryRefusals.NoteTooLong(limit));
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
