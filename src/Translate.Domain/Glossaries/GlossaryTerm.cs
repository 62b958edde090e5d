using Translate.Domain.Languages;
using Translate.Domain.Workflow;

namespace Translate.Domain.Glossaries;

/// <summary>
/// The approved term of one language for a glossary entry: how translators must write the concept, whether its case
/// matters ("CAS" is not "cas"), and the variants they must not write (an old name, a wrong spelling).
/// </summary>
public sealed class GlossaryTerm
{
    public const int MaxLength = 200;
    public const int MaxForbiddenVariants = 20;
    public const int MaxNoteLength = 2000;

    /// <summary>Refuses (<see cref="RefusedException"/>) an empty or too long term, note or variant, and a variant that is the term itself.</summary>
    public GlossaryTerm(Language language, string text, bool caseSensitive = false, IEnumerable<string>? forbiddenVariants = null, string? note = null)
    {
        Language = language;
        Text = Checked(text, language, GlossaryRefusals.TermEmpty(language));
        CaseSensitive = caseSensitive;
        Note = GlossaryEntry.Optional(note, MaxNoteLength);

        var variants = (forbiddenVariants ?? []).Select(v => Checked(v, language, GlossaryRefusals.ForbiddenEmpty(language)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (variants.Count > MaxForbiddenVariants)
        {
            throw new RefusedException(GlossaryRefusals.TooManyForbidden(language, MaxForbiddenVariants));
        }

        var key = TermKey.Of(Text, caseSensitive);
        if (variants.FirstOrDefault(v => TermKey.Of(v, caseSensitive) == key) is { } same)
        {
            throw new RefusedException(GlossaryRefusals.ForbiddenIsTerm(language, same));
        }

        ForbiddenVariants = variants;
    }

    public Language Language { get; }

    /// <summary>The approved term, trimmed.</summary>
    public string Text { get; }

    public bool CaseSensitive { get; }

    public IReadOnlyList<string> ForbiddenVariants { get; }

    /// <summary>How to use the term in this language, or null.</summary>
    public string? Note { get; }

    public override string ToString() => $"{Language.Code()}: {Text}";

    private static string Checked(string? text, Language language, Refusal empty)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new RefusedException(empty);
        }

        return trimmed.Length > MaxLength ? throw new RefusedException(GlossaryRefusals.TermTooLong(language, MaxLength)) : trimmed;
    }
}
