using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;

namespace Translate.Application.Releases;

/// <summary>
/// What an editor fills in to create a release; <see cref="TargetLanguages"/> null means the other four.
/// <see cref="Document"/> is the source already read from its format (a Markdown file); when null, <see cref="SourceText"/> is read as plain text.
/// </summary>
public sealed record NewRelease(
    string Title,
    Language SourceLanguage,
    IReadOnlyList<Language>? TargetLanguages,
    DateOnly DueDate,
    Embargo? Embargo,
    string SourceText,
    SegmentedDocument? Document = null);
