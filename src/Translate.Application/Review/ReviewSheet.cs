using Translate.Domain.Languages;
using Translate.Domain.Releases;

namespace Translate.Application.Review;

/// <summary>One language of a release as an editor reviews it: where it stands, and every segment side by side.</summary>
public sealed record ReviewSheet(
    Guid ReleaseId,
    string Title,
    string Slug,
    ReleaseStatus Status,
    int ReleaseVersion,
    Language SourceLanguage,
    Language Language,
    LanguageState State,
    string? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    IReadOnlyList<ReviewRow> Rows);
