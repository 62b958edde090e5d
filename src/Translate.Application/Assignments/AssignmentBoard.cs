using Translate.Domain.Languages;
using Translate.Domain.Releases;

namespace Translate.Application.Assignments;

/// <summary>What an editor needs to hand out one language of a release: its translators and its segments.</summary>
public sealed record AssignmentBoard(
    Guid ReleaseId,
    string Title,
    string Slug,
    ReleaseStatus Status,
    Language SourceLanguage,
    Language Language,
    LanguageState LanguageState,
    IReadOnlyList<TranslatorWorkload> Translators,
    IReadOnlyList<AssignableSegment> Segments)
{
    public int TotalWords => Segments.Sum(s => s.Segment.WordCount);
}
