using Translate.Domain.Assignments;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Domain.Releases;

public sealed partial class Release
{
    /// <summary>Gives segments of one language to translators who work in that language.</summary>
    public void Assign(Language language, IReadOnlyList<Assignment> assignments, IReadOnlyCollection<Actor> translators, Actor editor, DateTimeOffset now)
    {
        editor.EnsureEditor();
        EnsureTranslating();
        Language(language);
        foreach (var translatorId in assignments.Select(a => a.TranslatorId).Distinct())
        {
            var translator = translators.FirstOrDefault(t => t.Id == translatorId);
            if (translator is null || !translator.CanTranslate(language))
            {
                throw new RefusedException(Refusals.NotATranslatorOf(translator?.Name ?? translatorId, language));
            }
        }

        foreach (var assignment in assignments)
        {
            if (assignment.Segment.ReleaseId != Id)
            {
                throw new RefusedException(Refusals.SegmentOfAnotherRelease(assignment.Segment.Number));
            }

            Translation(assignment.Segment, language).AssignTo(assignment.TranslatorId);
        }

        LastActivityAt = now;
    }

    /// <summary>
    /// A translator saves the translation of a segment assigned to them, naming the version they started from;
    /// a stale version is refused as a conflict with both texts. A change withdraws the language's approval.
    /// </summary>
    public Translation SaveTranslation(
        Segment segment, Language language, string text, int basedOnVersion, TranslationState state,
        RevisionOrigin origin, Actor translator, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var releaseLanguage = Language(language);
        // A draft has no translations yet: the rule then refuses before the translation is needed.
        var translation = FindTranslation(segment, language);
        if (WorkRules.WhyReadOnly(Status, releaseLanguage.State, language, translation?.AssigneeId, translator) is { } reason)
        {
            throw WorkRules.SaveRefusal(reason, Version, segment.Number, language);
        }

        translation ??= Translation(segment, language);
        if (translation.Save(text, state, basedOnVersion, origin, translator, Version, now))
        {
            releaseLanguage.MarkWorkedOn();
            RefreshStatus();
            LastActivityAt = now;
        }

        return translation;
    }
}
