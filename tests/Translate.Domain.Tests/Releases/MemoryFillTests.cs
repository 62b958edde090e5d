using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using Translate.Testing;
using static Translate.Testing.Steps;

namespace Translate.Domain.Tests.Releases;

public class MemoryFillTests
{
    [Fact]
    public void FillFromMemory_AnEmptyTranslation_BecomesTranslatedWithARevisionFromTheMemory()
    {
        var release = Assigned();

        var filled = release.FillFromMemory(release.Segments[0], Language.Fr, "Titre", People.Anna, Now);

        var translation = release.Translation(release.Segments[0], Language.Fr);
        Assert.True(filled);
        Assert.Equal(("Titre", TranslationState.Translated), (translation.Text, translation.State));
        var revision = Assert.Single(translation.Revisions);
        Assert.Equal((RevisionOrigin.Memory, People.Anna.Id), (revision.Origin, revision.AuthorId));
        Assert.Equal(LanguageState.InProgress, release.Language(Language.Fr).State);
    }

    [Fact]
    public void Approve_ByTheEditorWhoFilledFromMemory_IsAllowed_ForTheTextWasApprovedBefore()
    {
        var release = Assigned();
        var title = SampleRelease.Segments[0].Text[Language.Fr];
        release.FillFromMemory(release.Segments[0], Language.Fr, title, People.Anna, Now);
        TranslateAndSubmit(release, Language.Fr);

        Steps.Approve(release, Language.Fr, People.Anna);

        Assert.Equal(LanguageState.Approved, release.Language(Language.Fr).State);
    }

    [Fact]
    public void FillFromMemory_ATranslationWithText_IsLeftAsItIs()
    {
        var release = Assigned();
        Save(release, 1, Language.Fr, "Mon titre", state: TranslationState.Draft);

        var filled = release.FillFromMemory(release.Segments[0], Language.Fr, "Titre", People.Anna, Now);

        Assert.False(filled);
        Assert.Equal(("Mon titre", TranslationState.Draft), (release.Translation(release.Segments[0], Language.Fr).Text, release.Translation(release.Segments[0], Language.Fr).State));
    }

    [Fact]
    public void FillFromMemory_ByATranslator_IsRefused()
    {
        var release = Assigned();

        var refused = Assert.Throws<ForbiddenException>(() => release.FillFromMemory(release.Segments[0], Language.Fr, "Titre", People.Francoise, Now));

        Assert.Equal("role.editor-required", refused.Refusal.Code);
    }

    [Fact]
    public void FillFromMemory_BeforeTranslationStarted_IsRefused()
    {
        var release = Draft();

        var refused = Assert.Throws<RefusedException>(() => release.FillFromMemory(release.Segments[0], Language.Fr, "Titre", People.Anna, Now));

        Assert.Equal("release.not-started", refused.Refusal.Code);
    }
}
