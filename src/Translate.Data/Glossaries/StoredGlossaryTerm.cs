using Translate.Domain.Glossaries;
using Translate.Domain.Languages;

namespace Translate.Data.Glossaries;

/// <summary>One language's approved term of a stored entry; its forbidden variants travel with it as one JSON value.</summary>
public sealed class StoredGlossaryTerm
{
    public Guid EntryId { get; set; }

    public Language Language { get; set; }

    /// <summary>The term's place in its entry, so the entry reads back in the order it was written.</summary>
    public int Position { get; set; }

    public string Text { get; set; } = "";

    public bool CaseSensitive { get; set; }

    public List<string> ForbiddenVariants { get; set; } = [];

    public string? Note { get; set; }

    public GlossaryTerm ToTerm() => new(Language, Text, CaseSensitive, ForbiddenVariants, Note);

    public static StoredGlossaryTerm From(Guid entryId, GlossaryTerm term, int position)
    {
        ArgumentNullException.ThrowIfNull(term);
        var stored = new StoredGlossaryTerm { EntryId = entryId, Language = term.Language };
        stored.Take(term, position);
        return stored;
    }

    /// <summary>Takes the term's content; its language is the row's key and stays.</summary>
    public void Take(GlossaryTerm term, int position)
    {
        ArgumentNullException.ThrowIfNull(term);
        Position = position;
        Text = term.Text;
        CaseSensitive = term.CaseSensitive;
        ForbiddenVariants = [.. term.ForbiddenVariants];
        Note = term.Note;
    }
}
