using Translate.Domain.Checks;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;

namespace Translate.Application.Checks;

/// <summary>The checks of one translation, worded for the pages; every query and the live check come through here.</summary>
public static class CheckViews
{
    public static IReadOnlyList<CheckView> Of(
        string source, string text, Language sourceLanguage, Language targetLanguage, Glossary glossary,
        IReadOnlyList<SavedAcknowledgement> acknowledgements)
    {
        ArgumentNullException.ThrowIfNull(acknowledgements);
        return
        [
            .. LanguageChecks.Of(source, text, sourceLanguage, targetLanguage, glossary, acknowledgements.Select(a => a.Acknowledgement))
                .Select(r => new CheckView(r.Finding, r.ValuesKey, acknowledgements
                    .Where(a => ReferenceEquals(a.Acknowledgement, r.Acknowledgement))
                    .Select(a => new AcknowledgementView(a.Acknowledgement.Reason, a.AuthorName, a.Acknowledgement.At))
                    .FirstOrDefault())),
        ];
    }

    /// <summary>Acknowledgements with their authors' names (a disabled person keeps their name on their work).</summary>
    public static IReadOnlyList<SavedAcknowledgement> Named(IEnumerable<CheckAcknowledgement> acknowledgements, IReadOnlyDictionary<string, string> names) =>
        [.. acknowledgements.Select(a => new SavedAcknowledgement(a, names.GetValueOrDefault(a.AuthorId, a.AuthorId)))];
}
