using Translate.Domain.Glossaries;
using Translate.Domain.Languages;

namespace Translate.Data.Glossaries;

/// <summary>
/// A glossary entry as stored: the domain's <see cref="GlossaryEntry"/> is immutable and checked in its constructor,
/// so the database keeps these plain rows and builds the entry from them (refusing nothing stored by the rules).
/// <see cref="Version"/> grows with every change and guards the row: an edit based on an older version conflicts.
/// </summary>
public sealed class StoredGlossaryEntry
{
    public Guid Id { get; set; }

    public string? Note { get; set; }

    public string? Subject { get; set; }

    public bool DoNotTranslate { get; set; }

    /// <summary>The term the list is sorted by and an import matches on: the English term, or the first one.</summary>
    public string Headword { get; set; } = "";

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }

    public List<StoredGlossaryTerm> Terms { get; set; } = [];

    public GlossaryEntry ToEntry() => new(
        Id, Terms.OrderBy(t => t.Position).Select(t => t.ToTerm()), Note, Subject, DoNotTranslate);

    /// <summary>Takes the entry's content (not its id), one version on.</summary>
    public void Take(GlossaryEntry entry, string? byId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Note = entry.Note;
        Subject = entry.Subject;
        DoNotTranslate = entry.DoNotTranslate;
        Headword = HeadwordOf(entry);

        // Rows of languages kept are changed in place: a new row with the key of a tracked one would clash.
        Terms.RemoveAll(stored => entry.Terms.All(t => t.Language != stored.Language));
        foreach (var (term, position) in entry.Terms.Select((t, i) => (t, i)))
        {
            if (Terms.Find(t => t.Language == term.Language) is { } kept)
            {
                kept.Take(term, position);
            }
            else
            {
                Terms.Add(StoredGlossaryTerm.From(Id, term, position));
            }
        }

        Version++;
        UpdatedAt = at;
        UpdatedById = byId;
    }

    public static StoredGlossaryEntry From(GlossaryEntry entry, string? byId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var stored = new StoredGlossaryEntry { Id = entry.Id };
        stored.Take(entry, byId, at);
        return stored;
    }

    public static string HeadwordOf(GlossaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (entry.Terms.FirstOrDefault(t => t.Language == Language.En) ?? entry.Terms[0]).Text;
    }
}
