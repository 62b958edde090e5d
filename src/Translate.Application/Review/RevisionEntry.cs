using Translate.Domain.Translations;

namespace Translate.Application.Review;

/// <summary>One save of a translation as the history shows it: when, who, the text before and after, and its origin.</summary>
public sealed record RevisionEntry(
    DateTimeOffset At,
    string Author,
    string OldText,
    string NewText,
    TranslationState NewState,
    RevisionOrigin Origin,
    int ReleaseVersion);
