namespace Translate.Domain.Releases;

/// <summary>
/// Why the person looking at the editor may not change a segment, in the order the rules check it
/// (release, assignment, working language, language state), so the page says what the save would refuse.
/// </summary>
public enum ReadOnlyReason
{
    /// <summary>The release is a draft: translation has not started.</summary>
    NotStarted,

    /// <summary>The release is published; a correction must be opened first.</summary>
    Published,

    /// <summary>Nobody has been given this segment yet.</summary>
    NotAssigned,

    /// <summary>The segment is assigned to another translator.</summary>
    AssignedToSomeoneElse,

    /// <summary>Assigned to the person, but the language is no longer one of their working languages.</summary>
    NotYourLanguage,

    /// <summary>The language was submitted and waits for an editor.</summary>
    InReview,
}
