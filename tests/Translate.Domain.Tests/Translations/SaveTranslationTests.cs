using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using static Translate.Testing.Steps;

namespace Translate.Domain.Tests.Translations;

public class SaveTranslationTests
{
    [Fact]
    public void Save_ByTheAssignedTranslator_KeepsARevisionAndMovesTheVersionOn()
    {
        var release = Assigned();

        var translation = Save(release, 6, Language.Fr, "Le National Space Science Center est la porte d'entrée.");

        Assert.Equal(TranslationState.Translated, translation.State);
        Assert.Equal(1, translation.Version);
        var revision = Assert.Single(translation.Revisions);
        Assert.Equal((string.Empty, "Le National Space Science Center est la porte d'entrée."), (revision.OldText, revision.NewText));
        Assert.Equal((People.Francoise.Id, Now, RevisionOrigin.Human, 1), (revision.AuthorId, revision.At, revision.Origin, revision.ReleaseVersion));
        Assert.Equal(LanguageState.InProgress, release.Language(Language.Fr).State);
    }

    [Fact]
    public void Save_AsDraft_KeepsTheTextAsDraft()
    {
        var release = Assigned();

        var translation = Save(release, 1, Language.De, "Luxemburg kooperiert", state: TranslationState.Draft);

        Assert.Equal(TranslationState.Draft, translation.State);
    }

    [Fact]
    public void Save_WithAStaleVersion_IsAConflictCarryingBothTexts()
    {
        var release = Assigned();
        var segment = release.Segments[5];
        Save(release, 6, Language.Fr, "Première version.");

        var conflict = Assert.Throws<TranslationConflictException>(() => release.SaveTranslation(
            segment, Language.Fr, "Ma version.", basedOnVersion: 0, TranslationState.Translated, RevisionOrigin.Human, People.Francoise, Now)).Conflict;

        Assert.Equal(("Ma version.", 0), (conflict.YourText, conflict.YourBasedOnVersion));
        Assert.Equal(("Première version.", 1, People.Francoise.Id), (conflict.TheirText, conflict.CurrentVersion, conflict.TheirAuthorId));
        Assert.Equal(6, conflict.SegmentNumber);
        Assert.Equal("Première version.", release.Translation(segment, Language.Fr).Text);
    }

    [Fact]
    public void Save_ByATranslatorNotAssigned_IsForbidden()
    {
        var release = Assigned();
        var other = People.Translator("marie", "Marie", Language.Fr);

        var refused = Assert.Throws<ForbiddenException>(() => Save(release, 1, Language.Fr, "Texte", other));

        Assert.Equal("translation.not-assigned", refused.Refusal.Code);
    }

    [Fact]
    public void Save_InALanguageNoLongerOfTheAssignedTranslator_IsForbidden()
    {
        var release = Assigned();
        var francoiseNowInGerman = People.Francoise with { WorkingLanguages = new HashSet<Language> { Language.De } };

        var refused = Assert.Throws<ForbiddenException>(() => Save(release, 1, Language.Fr, "Text", francoiseNowInGerman));

        Assert.Equal("translation.not-your-language", refused.Refusal.Code);
    }

    [Fact]
    public void Save_ByATranslatorOfAnotherLanguage_IsForbiddenAsNotTheirs()
    {
        var release = Assigned();

        var refused = Assert.Throws<ForbiddenException>(() => Save(release, 1, Language.Fr, "Text", People.Dieter));

        Assert.Equal("translation.not-assigned", refused.Refusal.Code);
    }

    [Fact]
    public void Save_EmptyAsTranslated_IsRefused()
    {
        var release = Assigned();

        var refused = Assert.Throws<RefusedException>(() => Save(release, 1, Language.Fr, "   "));

        Assert.Equal("translation.empty", refused.Refusal.Code);
    }

    [Fact]
    public void Save_AsApproved_IsRefused()
    {
        var release = Assigned();

        var refused = Assert.Throws<RefusedException>(() => Save(release, 1, Language.Fr, "Texte", state: TranslationState.Approved));

        Assert.Equal("translation.state-not-allowed", refused.Refusal.Code);
    }

    [Fact]
    public void Save_TheSameTextAgain_KeepsNoEmptyRevision()
    {
        var release = Assigned();
        Save(release, 1, Language.Fr, "Texte");

        var translation = Save(release, 1, Language.Fr, "Texte");

        Assert.Single(translation.Revisions);
        Assert.Equal(1, translation.Version);
    }

    [Fact]
    public void Save_WhileTheLanguageIsInReview_IsRefused()
    {
        var release = Assigned();
        TranslateAndSubmit(release, Language.De);

        var refused = Assert.Throws<RefusedException>(() => Save(release, 1, Language.De, "Anders"));

        Assert.Equal("translation.in-review", refused.Refusal.Code);
    }

    [Fact]
    public void Save_AfterApproval_WithdrawsTheLanguagesApproval()
    {
        var release = AllApproved();
        Assert.Equal(ReleaseStatus.ReadyToPublish, release.Status);

        var translation = Save(release, 4, Language.De, "Geänderter Satz.");

        Assert.Equal(TranslationState.Translated, translation.State);
        Assert.Equal(LanguageState.InProgress, release.Language(Language.De).State);
        Assert.Null(release.Language(Language.De).ApprovedById);
        Assert.Equal(ReleaseStatus.InTranslation, release.Status);
        Assert.Equal(LanguageState.Approved, release.Language(Language.Fr).State);
    }

    [Fact]
    public void Save_BeforeTranslationStarts_IsRefused()
    {
        var release = Draft();

        var refused = Assert.Throws<RefusedException>(() => release.SaveTranslation(
            release.Segments[0], Language.Fr, "Texte", 0, TranslationState.Translated, RevisionOrigin.Human, People.Francoise, Now));

        Assert.Equal("release.not-started", refused.Refusal.Code);
    }

    [Fact]
    public void Save_InTheSourceLanguage_IsRefused()
    {
        var release = Assigned();

        var refused = Assert.Throws<RefusedException>(() => release.SaveTranslation(
            release.Segments[0], Language.En, "Text", 0, TranslationState.Translated, RevisionOrigin.Human, People.Francoise, Now));

        Assert.Equal("release.not-a-target", refused.Refusal.Code);
    }
}
