using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Domain.Releases;

public sealed partial class Release
{
    /// <summary>
    /// A translator of the language hands it to the editors once every segment is translated and no check finds an
    /// error (with the <paramref name="glossary"/>'s forbidden variants among them, when given).
    /// </summary>
    public void Submit(Language language, Actor translator, DateTimeOffset now, Glossary? glossary = null)
    {
        var releaseLanguage = Language(language);
        var hasAssignment = TranslationsIn(language).Any(t => t.AssigneeId == translator.Id);
        if (WorkRules.SubmitRefusal(Status, Version, releaseLanguage.State, language, hasAssignment, translator) is { } refusal)
        {
            throw refusal;
        }

        var open = TranslationsIn(language).Where(t => !t.IsDone).Select(t => t.Segment.Number).ToList();
        if (open.Count > 0)
        {
            throw new RefusedException(Refusals.SegmentsNotTranslated(language, open));
        }

        var withErrors = FindingsIn(language, glossary).Where(s => s.HasErrors).Select(s => s.Number).ToList();
        if (withErrors.Count > 0)
        {
            throw new RefusedException(Refusals.CheckErrors(language, withErrors));
        }

        releaseLanguage.Submit(translator.Id, now);
        LastActivityAt = now;
    }

    /// <summary>
    /// An editor approves a language in review: all its segments become Approved. Four eyes: nobody approves
    /// a language in which they wrote a translation of the version under review, as its revisions'
    /// <paramref name="authorship"/> tells. A fill from the translation memory is not writing: its text was
    /// approved before, by someone.
    /// </summary>
    public void Approve(Language language, IReadOnlyCollection<Authorship> authorship, Actor editor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(authorship);
        editor.EnsureEditor();
        EnsureTranslating();
        var releaseLanguage = Language(language);
        if (releaseLanguage.State != LanguageState.InReview)
        {
            throw new RefusedException(Refusals.NotInReview(language, releaseLanguage.State));
        }

        if (authorship.Any(a => a.AuthorId == editor.Id && a.ReleaseVersion == Version && a.Origin != RevisionOrigin.Memory))
        {
            throw new ForbiddenException(Refusals.FourEyes(language));
        }

        foreach (var translation in TranslationsIn(language))
        {
            translation.Approve();
        }

        releaseLanguage.Approve(editor.Id, now);
        RefreshStatus();
        LastActivityAt = now;
    }

    /// <summary>An editor sends a language back, with a comment on each segment that needs another look.</summary>
    public void RequestChanges(Language language, IReadOnlyCollection<(Segment Segment, string Comment)> segments, Actor editor, DateTimeOffset now)
    {
        editor.EnsureEditor();
        EnsureTranslating();
        var releaseLanguage = Language(language);
        if (releaseLanguage.State is not (LanguageState.InReview or LanguageState.Approved))
        {
            throw new RefusedException(Refusals.NotInReview(language, releaseLanguage.State));
        }

        if (segments.Count == 0)
        {
            throw new RefusedException(Refusals.NoSegmentsToSendBack());
        }

        foreach (var (segment, comment) in segments)
        {
            if (string.IsNullOrWhiteSpace(comment))
            {
                throw new RefusedException(Refusals.CommentRequired(segment.Number));
            }
        }

        foreach (var (segment, comment) in segments)
        {
            Translation(segment, language).Reject(comment.Trim(), editor, now);
        }

        releaseLanguage.RequestChanges();
        RefreshStatus();
        LastActivityAt = now;
    }
}
