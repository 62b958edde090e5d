using Translate.Application.Glossaries;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;

namespace Translate.Web.Components.Pages.Glossaries;

/// <summary>The fields of the add/edit form: a term, its forbidden variants (one a line) and its case per language.</summary>
public sealed class GlossaryForm
{
    public Dictionary<Language, TermFields> Terms { get; } = LanguageCodes.All.ToDictionary(l => l, _ => new TermFields());

    public string Note { get; set; } = "";

    public string Subject { get; set; } = "";

    public bool DoNotTranslate { get; set; }

    public static GlossaryForm Of(GlossaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var form = new GlossaryForm { Note = entry.Note ?? "", Subject = entry.Subject ?? "", DoNotTranslate = entry.DoNotTranslate };
        foreach (var term in entry.Terms)
        {
            form.Terms[term.Language] = new TermFields
            {
                Text = term.Text,
                Forbidden = string.Join('\n', term.ForbiddenVariants),
                CaseSensitive = term.CaseSensitive,
                Note = term.Note,
            };
        }

        return form;
    }

    public GlossaryEntryDraft ToDraft() => new(
        [.. Terms.Select(p => new GlossaryTermDraft(
            p.Key, p.Value.Text, p.Value.CaseSensitive, p.Value.Forbidden.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), p.Value.Note))],
        Note, Subject, DoNotTranslate);

    public sealed class TermFields
    {
        public string Text { get; set; } = "";

        public string Forbidden { get; set; } = "";

        public bool CaseSensitive { get; set; }

        /// <summary>A note of the term from an imported file: kept through an edit, not shown in the form.</summary>
        public string? Note { get; init; }
    }
}
