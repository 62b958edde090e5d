using Translate.Domain.Assignments;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using static Translate.Testing.Steps;

namespace Translate.Domain.Tests.Releases;

public class ReviewTests
{
    [Fact]
    public void Submit_WhenEverySegmentIsTranslated_PutsTheLanguageInReview()
    {
        var release = Assigned();
        TranslateAll(release, Language.Fr);

        release.Submit(Language.Fr, People.Francoise, Now);

        var fr = release.Language(Language.Fr);
        Assert.Equal(LanguageState.InReview, fr.State);
        Assert.Equal((People.Francoise.Id, Now), (fr.SubmittedById, fr.SubmittedAt));
    }

    [Fact]
    public void Submit_WithOpenSegments_IsRefusedNamingThem()
    {
        var release = Assigned();
        Save(release, 1, Language.Fr, "Titre");
        Save(release, 2, Language.Fr, "Sous-titre", state: TranslationState.Draft);

        var refused = Assert.Throws<RefusedException>(() => release.Submit(Language.Fr, People.Francoise, Now));

        Assert.Equal("review.segments-open", refused.Refusal.Code);
        Assert.Equal(15, refused.Refusal.Values["count"]);
        Assert.StartsWith("2, 3, 4", (string)refused.Refusal.Values["segments"], StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_ByATranslatorWithNoWorkInTheLanguage_IsForbidden()
    {
        var release = Assigned();
        TranslateAll(release, Language.Fr);

        Assert.Throws<ForbiddenException>(() => release.Submit(Language.Fr, People.Translator("marie", "Marie", Language.Fr), Now));
        Assert.Throws<ForbiddenException>(() => release.Submit(Language.Fr, People.Dieter, Now));
    }

    [Fact]
    public void Submit_Twice_IsRefused()
    {
        var release = Assigned();
        TranslateAndSubmit(release, Language.Fr);

        var refused = Assert.Throws<RefusedException>(() => release.Submit(Language.Fr, People.Francoise, Now));

        Assert.Equal("review.already-submitted", refused.Refusal.Code);
    }

    [Fact]
    public void Approve_ALanguageInReview_ApprovesEverySegment()
    {
        var release = Assigned();
        TranslateAndSubmit(release, Language.Fr);

        Steps.Approve(release, Language.Fr, People.Ben);

        var fr = release.Language(Language.Fr);
        Assert.Equal((LanguageState.Approved, People.Ben.Id), (fr.State, fr.ApprovedById));
        Assert.All(release.TranslationsIn(Language.Fr), t => Assert.Equal(TranslationState.Approved, t.State));
        Assert.Equal(ReleaseStatus.InTranslation, release.Status);
    }

    [Fact]
    public void Approve_WhenNotInReview_IsRefused()
    {
        var release = Assigned();
        TranslateAll(release, Language.Fr);

        var refused = Assert.Throws<RefusedException>(() => Steps.Approve(release, Language.Fr, People.Ben));

        Assert.Equal("review.not-in-review", refused.Refusal.Code);
    }

    [Fact]
    public void Approve_ByATranslator_IsForbidden()
    {
        var release = Assigned();
        TranslateAndSubmit(release, Language.Fr);

        Assert.Throws<ForbiddenException>(() => Steps.Approve(release, Language.Fr, People.Dieter));
    }

    [Fact]
    public void Approve_ByAnEditorWhoTranslatedInThatLanguage_IsRefusedButAnotherEditorMay()
    {
        var release = Assigned();
        var segments = release.Segments.ToList();
        release.Assign(Language.Fr, AssignmentPlanner.SplitByWords(segments, [People.Francoise.Id, People.Claire.Id]),
            [People.Francoise, People.Claire], People.Anna, Now);
        foreach (var translation in release.TranslationsIn(Language.Fr).ToList())
        {
            var translator = translation.AssigneeId == People.Claire.Id ? People.Claire : People.Francoise;
            Save(release, translation.Segment.Number, Language.Fr,
                SampleRelease.Segments[translation.Segment.Number - 1].Text[Language.Fr], translator);
        }

        release.Submit(Language.Fr, People.Francoise, Now);

        var refused = Assert.Throws<ForbiddenException>(() => Steps.Approve(release, Language.Fr, People.Claire));
        Assert.Equal("review.four-eyes", refused.Refusal.Code);
        Assert.Equal(LanguageState.InReview, release.Language(Language.Fr).State);

        Steps.Approve(release, Language.Fr, People.Anna);
        Assert.Equal(LanguageState.Approved, release.Language(Language.Fr).State);
    }

    [Fact]
    public void RequestChanges_SendsTheSegmentsBackWithTheComment()
    {
        var release = Assigned();
        TranslateAndSubmit(release, Language.Lb);
        var segment = release.Segments[6];

        release.RequestChanges(Language.Lb, [(segment, "  « Satellittemissiounen » mat n.  ")], People.Ben, Now);

        var translation = release.Translation(segment, Language.Lb);
        Assert.Equal(TranslationState.Rejected, translation.State);
        Assert.Equal(("« Satellittemissiounen » mat n.", People.Ben.Id), (translation.ReviewComment, translation.ReviewerId));
        Assert.Equal(LanguageState.ChangesRequested, release.Language(Language.Lb).State);
        Assert.Equal(TranslationState.Translated, release.Translation(release.Segments[5], Language.Lb).State);
    }

    [Fact]
    public void RequestChanges_ThenFixAndResubmit_GoesBackToReview()
    {
        var release = Assigned();
        TranslateAndSubmit(release, Language.Lb);
        release.RequestChanges(Language.Lb, [(release.Segments[6], "n-Regel")], People.Ben, Now);
        Assert.Throws<RefusedException>(() => release.Submit(Language.Lb, People.Lena, Now));

        Save(release, 7, Language.Lb, "En ass dat zentraalt Institut.");
        release.Submit(Language.Lb, People.Lena, Now);

        Assert.Equal(LanguageState.InReview, release.Language(Language.Lb).State);
    }

    [Fact]
    public void RequestChanges_WithoutAComment_IsRefusedAndChangesNothing()
    {
        var release = Assigned();
        TranslateAndSubmit(release, Language.Lb);

        var refused = Assert.Throws<RefusedException>(() =>
            release.RequestChanges(Language.Lb, [(release.Segments[1], "ok"), (release.Segments[6], " ")], People.Ben, Now));

        Assert.Equal("review.comment-required", refused.Refusal.Code);
        Assert.Equal(TranslationState.Translated, release.Translation(release.Segments[1], Language.Lb).State);
        Assert.Equal(LanguageState.InReview, release.Language(Language.Lb).State);
    }

    [Fact]
    public void RequestChanges_OnAnApprovedLanguage_WithdrawsTheApproval()
    {
        var release = AllApproved();

        release.RequestChanges(Language.Zh, [(release.Segments[0], "标题太长")], People.Anna, Now);

        Assert.Equal(LanguageState.ChangesRequested, release.Language(Language.Zh).State);
        Assert.Equal(ReleaseStatus.InTranslation, release.Status);
    }
}
