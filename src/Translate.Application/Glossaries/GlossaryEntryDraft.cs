using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;

namespace Translate.Application.Glossaries;

/// <summary>One language's term as an editor typed it; a language left blank (no term, no variants) has no term.</summary>
public sealed record GlossaryTermDraft(Language Language, string Text, bool CaseSensitive = false, IReadOnlyList<string>? ForbiddenVariants = null, string? Note = null)
{
    internal bool IsBlank => string.IsNullOrWhiteSpace(Text) && (ForbiddenVariants ?? []).All(string.IsNullOrWhiteSpace) && string.IsNullOrWhiteSpace(Note);
}

/// <summary>A glossary entry as an editor typed it, before the glossary's rules judge it.</summary>
public sealed record GlossaryEntryDraft(IReadOnlyList<GlossaryTermDraft> Terms, string? Note = null, string? Subject = null, bool DoNotTranslate = false)
{
    /// <summary>The entry, or <see cref="RefusedException"/> with the glossary's reason.</summary>
    internal GlossaryEntry ToEntry(Guid id) => new(
        id,
        Terms.Where(t => !t.IsBlank).Select(t => new GlossaryTerm(
            t.Language, t.Text, t.CaseSensitive, (t.ForbiddenVariants ?? []).Where(v => !string.IsNullOrWhiteSpace(v)), t.Note)),
        Note, Subject, DoNotTranslate);

    /// <summary>The draft of a stored entry, for its edit form.</summary>
    public static GlossaryEntryDraft Of(GlossaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new GlossaryEntryDraft(
            [.. entry.Terms.Select(t => new GlossaryTermDraft(t.Language, t.Text, t.CaseSensitive, t.ForbiddenVariants, t.Note))],
            entry.Note, entry.Subject, entry.DoNotTranslate);
    }
}
