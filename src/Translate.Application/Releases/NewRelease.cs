using Translate.Domain.Languages;
using Translate.Domain.Releases;

namespace Translate.Application.Releases;

/// <summary>
/// What an editor fills in to create a release; <see cref="TargetLanguages"/> null means the other four.
/// <see cref="File"/> is the source as a file in its format (a Word document, Markdown, a web page), kept so that each language
/// can be rebuilt in that format; when null, <see cref="SourceText"/> is read as plain text.
/// </summary>
public sealed record NewRelease(
    string Title,
    Language SourceLanguage,
    IReadOnlyList<Language>? TargetLanguages,
    DateOnly DueDate,
    Embargo? Embargo,
    string SourceText,
    SourceFile? File = null);
