namespace Translate.Domain.Releases;

/// <summary>Where one target language of a release stands.</summary>
public enum LanguageState
{
    NotStarted,
    InProgress,
    InReview,
    Approved,

    /// <summary>An editor sent the language back with comments on given segments.</summary>
    ChangesRequested,
}
