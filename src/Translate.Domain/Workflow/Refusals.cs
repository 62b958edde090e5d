using System.Globalization;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Users;

namespace Translate.Domain.Workflow;

/// <summary>
/// Every reason the workflow refuses something, in one place: a stable code for the UI to translate,
/// the values it names (numbers, languages and states typed, so the UI words them in its own language),
/// and the English sentence for logs.
/// </summary>
public static class Refusals
{
    public static Refusal EditorsOnly(Actor actor) =>
        Make("role.editor-required", $"{actor.Name} is not an editor; only editors may do this.", ("person", actor.Name));

    public static Refusal TitleRequired() => Make("release.title-required", "A release needs a title.");

    public static Refusal InvalidSlug(string slug) =>
        Make("release.slug-invalid", $"'{slug}' is not a valid address: use lower-case letters, digits and hyphens.", ("slug", slug));

    public static Refusal SourceAmongTargets(Language source) =>
        Make("release.source-among-targets", $"The source language {source.Code()} cannot also be a target language.", ("language", source));

    public static Refusal UnknownUser() => Make("user.unknown", "You are not an active user of Translate.");

    public static Refusal NoTargetLanguages() => Make("release.no-targets", "A release needs at least one target language.");

    public static Refusal NotATargetLanguage(Language language, Language source) =>
        Make("release.not-a-target", $"{language.Code()} is not a target language of this release (its source is {source.Code()}).",
            ("language", language), ("source", source));

    public static Refusal UnknownTimeZone(string zone) =>
        Make("embargo.unknown-time-zone", $"'{zone}' is not a known time zone.", ("zone", zone));

    public static Refusal EmbargoTimeSkipped(DateTime local, string zone) =>
        Make("embargo.time-skipped", $"{Format(local)} does not exist in {zone} (the clocks skip it when daylight saving time starts).",
            ("time", local), ("zone", zone));

    public static Refusal AlreadyStarted(ReleaseStatus status) =>
        Make("release.already-started", $"Translation has already started (the release is {Words(status)}).", ("status", status));

    public static Refusal NothingToTranslate() => Make("release.empty-source", "The source has no segments to translate.");

    public static Refusal TooManySegments(int count, int limit) =>
        Make("release.too-many-segments", $"The source has {count:N0} segments; a release holds at most {limit:N0}. Split it into several releases.",
            ("count", count), ("limit", limit));

    public static Refusal ReleasePublished(int version) =>
        Make("release.published", $"Version {version} is published and cannot change; open a correction first.", ("version", version));

    public static Refusal ChangedMeanwhile() =>
        Make("release.changed-meanwhile", "Someone else changed this release since you opened it; reload it and make your change again.");

    public static Refusal NotStarted() => Make("release.not-started", "Translation of this release has not started yet.");

    public static Refusal InvalidRange(int from, int to, int count) =>
        Make("assignment.invalid-range", $"Segments {from} to {to} are not a range of this release's segments 1 to {count}.",
            ("from", from), ("to", to), ("count", count));

    public static Refusal SplitNeedsTranslators() =>
        Make("assignment.split-needs-translators", "Splitting needs one or more translators, each named once.");

    public static Refusal NotATranslatorOf(string person, Language language) =>
        Make("assignment.not-a-translator", $"{person} does not translate into {language.Code()}.", ("person", person), ("language", language));

    public static Refusal SegmentOfAnotherRelease(int number) =>
        Make("assignment.other-release", $"Segment {number} belongs to another release.", ("segment", number));

    public static Refusal NotYourLanguage(Language language) =>
        Make("translation.not-your-language", $"{language.Code()} is not one of your working languages.", ("language", language));

    public static Refusal NotAssignedToYou(int segment, Language language) =>
        Make("translation.not-assigned", $"Segment {segment} in {language.Code()} is not assigned to you.", ("segment", segment), ("language", language));

    public static Refusal LanguageInReview(Language language) =>
        Make("translation.in-review", $"{language.Code()} is in review; it can change again once an editor approves it or sends it back.", ("language", language));

    public static Refusal SaveStateNotAllowed(TranslationState state) =>
        Make("translation.state-not-allowed", $"A translation is saved as Draft or Translated, not {state}.", ("state", state));

    public static Refusal EmptyTranslation(int segment, Language language) =>
        Make("translation.empty", $"Segment {segment} in {language.Code()} cannot be marked translated while it is empty.", ("segment", segment), ("language", language));

    public static Refusal SubmitNeedsAssignment(Language language) =>
        Make("review.submit-not-assigned", $"Only a translator with work assigned in {language.Code()} may submit it.", ("language", language));

    public static Refusal AlreadySubmitted(Language language, LanguageState state) =>
        Make("review.already-submitted", $"{language.Code()} is already {Words(state)}.", ("language", language), ("state", state));

    public static Refusal SegmentsNotTranslated(Language language, IReadOnlyList<int> segments) =>
        Make("review.segments-open", $"{language.Code()} has {segments.Count} segment(s) not translated yet: {string.Join(", ", segments)}.",
            ("language", language), ("count", segments.Count), ("segments", string.Join(", ", segments)));

    public static Refusal CheckErrors(Language language, IReadOnlyList<int> segments) =>
        Make("review.check-errors", $"{language.Code()} cannot be submitted while the checks find errors in {segments.Count} segment(s): {string.Join(", ", segments)}.",
            ("language", language), ("count", segments.Count), ("segments", string.Join(", ", segments)));

    public static Refusal AcknowledgeNotAllowed(int segment, Language language) =>
        Make("acknowledgement.not-allowed",
            $"Only the translator of segment {segment} while translating, or an editor while {language.Code()} is in review, may acknowledge its warnings.",
            ("segment", segment), ("language", language));

    public static Refusal AcknowledgeError(int segment) =>
        Make("acknowledgement.error", $"An error cannot be acknowledged, only fixed: correct the translation of segment {segment}.", ("segment", segment));

    public static Refusal FindingGone(int segment) =>
        Make("acknowledgement.finding-gone", $"The checks no longer find this in segment {segment}; there is nothing to acknowledge.", ("segment", segment));

    public static Refusal ReasonRequired() =>
        Make("acknowledgement.reason-required", "Say why the warning can stay: a reason is required.");

    public static Refusal ReasonTooLong(int maxLength) =>
        Make("acknowledgement.reason-too-long", $"A reason may have at most {maxLength} characters.", ("max", maxLength));

    public static Refusal NotInReview(Language language, LanguageState state) =>
        Make("review.not-in-review", $"{language.Code()} is {Words(state)}, not in review.", ("language", language), ("state", state));

    public static Refusal FourEyes(Language language) =>
        Make("review.four-eyes", $"You wrote translations in {language.Code()} for this version; another editor must approve it.", ("language", language));

    public static Refusal NoSegmentsToSendBack() =>
        Make("review.no-segments", "Name at least one segment, with a comment, to send a language back.");

    public static Refusal CommentRequired(int segment) =>
        Make("review.comment-required", $"Segment {segment} needs a comment saying what to change.", ("segment", segment));

    public static Refusal ScheduleNeedsEmbargo() =>
        Make("publication.schedule-needs-embargo", "Only a release with an embargo can be scheduled to publish itself.");

    public static Refusal CorrectionNeedsPublication() =>
        Make("publication.correction-not-published", "A correction can only be opened on a published release.");

    public static Refusal PublicationRefused(PublicationGate gate) =>
        Make("publication.refused", "Publication refused: " + string.Join(" ", gate.Reasons.Select(r => r.Message)), ("reasons", gate.Reasons));

    public static GateReason GateAlreadyPublished(int version) =>
        Gate(null, "gate.published", $"Version {version} is already published.", ("version", version));

    public static GateReason GateNotStarted() =>
        Gate(null, "gate.not-started", "Translation has not started.");

    public static GateReason GateLanguageNotApproved(Language language, LanguageState state, int openSegments) => openSegments > 0
        ? Gate(language, "gate.language-open", $"{language.Code()} is not approved: it is {Words(state)}, with {openSegments} segment(s) not translated.",
            ("language", language), ("state", state), ("count", openSegments))
        : Gate(language, "gate.language-not-approved", $"{language.Code()} is not approved: it is {Words(state)}.",
            ("language", language), ("state", state));

    public static GateReason GateEmbargo(Embargo embargo) =>
        Gate(null, "gate.embargo", $"The release is under embargo until {Format(embargo.LocalTime)} ({embargo.TimeZoneId}).",
            ("time", embargo.LocalTime), ("zone", embargo.TimeZoneId));

    /// <summary>A state in words, as people say it: "in review", "changes requested".</summary>
    private static string Words(Enum state) =>
        string.Concat(state.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Format(DateTime local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static Refusal Make(string code, string message, params (string Name, object Value)[] values) =>
        Refusal.Create(code, message, values);

    private static GateReason Gate(Language? language, string code, string message, params (string Name, object Value)[] values) =>
        new(language, code, message, Refusal.Ordered(values));
}
