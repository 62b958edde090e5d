using Translate.Application.Checks;
using Translate.Domain.Translations;

namespace Translate.Application.Review;

/// <summary>A segment beside its translation, who last edited it, the editor's last comment, its revisions, newest first, and what the checks find.</summary>
public sealed record ReviewRow(
    Guid SegmentId,
    int Number,
    string Source,
    string Target,
    TranslationState State,
    string? LastEditedBy,
    DateTimeOffset? LastEditedAt,
    string? ReviewComment,
    IReadOnlyList<RevisionEntry> Revisions,
    IReadOnlyList<CheckView> Checks);
