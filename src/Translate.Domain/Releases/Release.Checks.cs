using Translate.Domain.Checks;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Domain.Releases;

public sealed partial class Release
{
    /// <summary>What the checks (with the glossary's terms, when given) find in each translation of the language, segment by segment, as stored now.</summary>
    public IReadOnlyList<SegmentChecks> FindingsIn(Language language, Glossary? glossary = null) =>
    [
        .. TranslationsIn(language).Select(t => new SegmentChecks(t.SegmentId, t.Segment.Number,
            LanguageChecks.Of(t.Segment.Text, t.Text, SourceLanguage, language, glossary ?? Glossary.Empty, t.Acknowledgements))),
    ];

    /// <summary>
    /// Lets a warning on a segment stand, with a reason: the assignee while translating, an editor while the
    /// language is in review. Errors cannot be acknowledged, only fixed.
    /// </summary>
    public CheckAcknowledgement AcknowledgeFinding(
        Segment segment, Language language, string code, string valuesKey, string reason, Actor actor, DateTimeOffset now,
        Glossary? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(segment);
        EnsureTranslating();
        var releaseLanguage = Language(language);
        var translation = Translation(segment, language);
        var allowed = releaseLanguage.State == LanguageState.InReview
            ? actor.IsEditor
            : releaseLanguage.State != LanguageState.Approved && actor.CanTranslate(language) && translation.AssigneeId == actor.Id;
        if (!allowed)
        {
            throw new ForbiddenException(Refusals.AcknowledgeNotAllowed(segment.Number, language));
        }

        var result = LanguageChecks.Of(segment.Text, translation.Text, SourceLanguage, language, glossary ?? Glossary.Empty, translation.Acknowledgements)
                         .FirstOrDefault(r => r.Finding.Code == code && r.ValuesKey == valuesKey)
                     ?? throw new RefusedException(Refusals.FindingGone(segment.Number));
        if (result.IsError)
        {
            throw new RefusedException(Refusals.AcknowledgeError(segment.Number));
        }

        reason = reason?.Trim() ?? string.Empty;
        if (reason.Length == 0)
        {
            throw new RefusedException(Refusals.ReasonRequired());
        }

        if (reason.Length > CheckAcknowledgement.MaxReasonLength)
        {
            throw new RefusedException(Refusals.ReasonTooLong(CheckAcknowledgement.MaxReasonLength));
        }

        LastActivityAt = now;
        return translation.Acknowledge(code, valuesKey, reason, actor.Id, now);
    }
}
