using Translate.Domain.Languages;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Domain.Releases;

/// <summary>
/// "May this person do this now?" for a translator's work, from the few facts each rule needs, so the action that
/// enforces a rule and the page that greys out a control ask the same question and get the same answer.
/// </summary>
public static class WorkRules
{
    /// <summary>
    /// Why <paramref name="actor"/> may not write the translation of a segment now, in the order the rules are
    /// checked (release, assignment, working language, language state); null when they may.
    /// </summary>
    public static ReadOnlyReason? WhyReadOnly(ReleaseStatus status, LanguageState languageState, Language language, string? assigneeId, Actor? actor) =>
        status switch
        {
            ReleaseStatus.Draft => ReadOnlyReason.NotStarted,
            ReleaseStatus.Published => ReadOnlyReason.Published,
            _ when assigneeId is null => ReadOnlyReason.NotAssigned,
            _ when actor is null || assigneeId != actor.Id => ReadOnlyReason.AssignedToSomeoneElse,
            _ when !actor.CanTranslate(language) => ReadOnlyReason.NotYourLanguage,
            _ when languageState == LanguageState.InReview => ReadOnlyReason.InReview,
            _ => null,
        };

    /// <summary>
    /// Whether <paramref name="actor"/> may hand the language to the editors, apart from the state of its segments
    /// (all translated, no check error), which the submission checks on every row.
    /// </summary>
    public static bool MaySubmit(ReleaseStatus status, LanguageState languageState, Language language, bool hasAssignment, Actor actor) =>
        SubmitRefusal(status, 0, languageState, language, hasAssignment, actor) is null;

    internal static RefusedException? SubmitRefusal(
        ReleaseStatus status, int releaseVersion, LanguageState languageState, Language language, bool hasAssignment, Actor actor) =>
        status switch
        {
            ReleaseStatus.Draft => new RefusedException(Refusals.NotStarted()),
            ReleaseStatus.Published => new RefusedException(Refusals.ReleasePublished(releaseVersion)),
            _ when !actor.CanTranslate(language) || !hasAssignment => new ForbiddenException(Refusals.SubmitNeedsAssignment(language)),
            _ when languageState is LanguageState.InReview or LanguageState.Approved => new RefusedException(Refusals.AlreadySubmitted(language, languageState)),
            _ => null,
        };

    /// <summary>The refusal a save meets for <paramref name="reason"/>: a matter of who the person is, or of the release's state.</summary>
    internal static RefusedException SaveRefusal(ReadOnlyReason reason, int releaseVersion, int segmentNumber, Language language) => reason switch
    {
        ReadOnlyReason.NotStarted => new RefusedException(Refusals.NotStarted()),
        ReadOnlyReason.Published => new RefusedException(Refusals.ReleasePublished(releaseVersion)),
        ReadOnlyReason.NotAssigned or ReadOnlyReason.AssignedToSomeoneElse => new ForbiddenException(Refusals.NotAssignedToYou(segmentNumber, language)),
        ReadOnlyReason.NotYourLanguage => new ForbiddenException(Refusals.NotYourLanguage(language)),
        ReadOnlyReason.InReview => new RefusedException(Refusals.LanguageInReview(language)),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
