using Translate.Domain.Languages;

namespace Translate.Domain.Translations;

/// <summary>
/// A save based on a stale version: both texts, so the person can keep theirs, take the other, or edit.
/// </summary>
public sealed record TranslationConflict(
    Guid TranslationId,
    int SegmentNumber,
    Language Language,
    string YourText,
    int YourBasedOnVersion,
    string TheirText,
    TranslationState TheirState,
    int CurrentVersion,
    string? TheirAuthorId,
    DateTimeOffset? TheirSavedAt);
