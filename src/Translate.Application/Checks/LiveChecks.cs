using System.Diagnostics.CodeAnalysis;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;

namespace Translate.Application.Checks;

/// <summary>
/// The checks on text as it is typed, before it is saved, with the acknowledgements already stored for the segment.
/// A service rather than a static call, so what the checks will need from the database (the glossary) joins here.
/// </summary>
public sealed class LiveChecks
{
    [SuppressMessage("Performance", "CA1822", Justification = "An instance, so the pages keep calling it when it reads the glossary.")]
    public IReadOnlyList<CheckView> Run(
        string source, string typed, Language sourceLanguage, Language targetLanguage, IReadOnlyList<SavedAcknowledgement> acknowledgements) =>
        CheckViews.Of(source, typed, sourceLanguage, targetLanguage, Glossary.Empty, acknowledgements);
}
