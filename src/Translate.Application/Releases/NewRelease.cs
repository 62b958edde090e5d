using Translate.Domain.Languages;
using Translate.Domain.Releases;

namespace Translate.Application.Releases;

/// <summary>What an editor fills in to create a release; <see cref="TargetLanguages"/> null means the other four.</summary>
public sealed record NewRelease(
    string Title,
    Language SourceLanguage,
    IReadOnlyList<Language>? TargetLanguages,
    DateOnly DueDate,
    Embargo? Embargo,
    string SourceText);
