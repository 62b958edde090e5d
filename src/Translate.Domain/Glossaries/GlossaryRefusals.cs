using System.Globalization;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;

namespace Translate.Domain.Glossaries;

/// <summary>
/// Every reason a glossary entry is refused, in one place: a stable code for the UI to translate, the values its
/// sentence names, and the English sentence for logs and tests.
/// </summary>
public static class GlossaryRefusals
{
    public static Refusal NoTerms() => Refusal.Create("glossary.no-terms", "A glossary entry needs a term in at least one language.");

    public static Refusal TermEmpty(Language language) =>
        Refusal.Create("glossary.term-empty", $"The {language.Code()} term is empty.", ("language", language));

    public static Refusal TermTooLong(Language language, int limit) =>
        Refusal.Create("glossary.term-too-long", $"The {language.Code()} term is longer than {limit} characters.", ("language", language), ("limit", limit));

    public static Refusal DuplicateLanguage(Language language) =>
        Refusal.Create("glossary.duplicate-language", $"The entry has more than one {language.Code()} term; give each language one approved term.",
            ("language", language));

    public static Refusal ForbiddenEmpty(Language language) =>
        Refusal.Create("glossary.forbidden-empty", $"A forbidden variant of the {language.Code()} term is empty.", ("language", language));

    public static Refusal ForbiddenIsTerm(Language language, string variant) =>
        Refusal.Create("glossary.forbidden-is-term", $"'{variant}' cannot be both the approved {language.Code()} term and a forbidden variant of it.",
            ("variant", variant), ("language", language));

    public static Refusal TooManyForbidden(Language language, int limit) =>
        Refusal.Create("glossary.too-many-forbidden", $"The {language.Code()} term has more than {limit} forbidden variants.",
            ("language", language), ("limit", limit));

    public static Refusal NoteTooLong(int limit) =>
        Refusal.Create("glossary.note-too-long", $"The note is longer than {limit} characters.", ("limit", limit));

    public static Refusal SubjectTooLong(int limit) =>
        Refusal.Create("glossary.subject-too-long", $"The subject is longer than {limit} characters.", ("limit", limit));

    public static Refusal DuplicateEntry(Guid id) =>
        Refusal.Create("glossary.duplicate-entry", string.Create(CultureInfo.InvariantCulture, $"The glossary holds entry {id} twice."), ("id", id));
}
