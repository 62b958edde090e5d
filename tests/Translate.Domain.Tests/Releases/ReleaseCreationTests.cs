using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using static Translate.Testing.Steps;

namespace Translate.Domain.Tests.Releases;

public class ReleaseCreationTests
{
    [Fact]
    public void Create_FromTheSample_IsADraftWithBlocksAndSegmentsInOrder()
    {
        var release = Draft();

        Assert.Equal(ReleaseStatus.Draft, release.Status);
        Assert.Equal(11, release.Blocks.Count);
        Assert.Equal(16, release.Segments.Count);
        Assert.Equal(Enumerable.Range(1, 16), release.Segments.Select(s => s.Number));
        Assert.Equal(BlockKind.Title, release.Blocks[0].Kind);
        Assert.Equal(BlockKind.Heading, release.Blocks[1].Kind);
        Assert.Same(release.Blocks[2], release.Segments[3].Block);
        Assert.Equal("luxembourg-cooperates-with-china-in-the-exploration-and-use-of-outer-space-for", release.Slug);
        Assert.Empty(release.Translations);
    }

    [Fact]
    public void Create_WithoutTargets_TargetsTheOtherFourLanguages()
    {
        var release = Release.Create("Communiqué", Language.Fr, null, new DateOnly(2026, 12, 1), null, SampleRelease.Document(Language.Fr), People.Anna, Now);

        Assert.Equal([Language.En, Language.De, Language.Lb, Language.Zh], release.TargetLanguages);
        Assert.True(release.Segments[0].WordCount > 0);
    }

    [Fact]
    public void Create_ByATranslator_IsForbidden()
    {
        var refused = Assert.Throws<ForbiddenException>(() =>
            Release.Create("Title", Language.En, null, new DateOnly(2026, 12, 1), null, SampleRelease.Document(), People.Francoise, Now));

        Assert.Equal("role.editor-required", refused.Refusal.Code);
    }

    [Theory]
    [InlineData("  ", "release.title-required")]
    [InlineData("Title", "release.source-among-targets")]
    public void Create_WithBadInput_IsRefusedWithTheReason(string title, string code)
    {
        var refused = Assert.Throws<RefusedException>(() =>
            Release.Create(title, Language.En, [Language.En, Language.Fr], new DateOnly(2026, 12, 1), null, SampleRelease.Document(), People.Anna, Now));

        Assert.Equal(code, refused.Refusal.Code);
    }

    [Fact]
    public void Create_WithNoTargetLanguage_IsRefused()
    {
        var refused = Assert.Throws<RefusedException>(() =>
            Release.Create("Title", Language.En, [], new DateOnly(2026, 12, 1), null, SampleRelease.Document(), People.Anna, Now));

        Assert.Equal("release.no-targets", refused.Refusal.Code);
    }

    [Fact]
    public void StartTranslation_GivesEverySegmentAnEmptyTranslationInEveryTargetLanguage()
    {
        var release = Draft();

        release.StartTranslation(People.Anna, Now);

        Assert.Equal(ReleaseStatus.InTranslation, release.Status);
        Assert.Equal(16 * 4, release.Translations.Count);
        Assert.All(release.Translations, t => Assert.Equal(TranslationState.Empty, t.State));
        Assert.All(release.Languages, l => Assert.Equal(LanguageState.NotStarted, l.State));
    }

    [Fact]
    public void StartTranslation_Twice_IsRefused()
    {
        var release = Draft();
        release.StartTranslation(People.Anna, Now);

        var refused = Assert.Throws<RefusedException>(() => release.StartTranslation(People.Anna, Now));

        Assert.Equal("release.already-started", refused.Refusal.Code);
    }

    [Fact]
    public void StartTranslation_WithAnEmptySource_IsRefused()
    {
        var release = Release.Create("Title", Language.En, null, new DateOnly(2026, 12, 1), null, new SegmentedDocument([]), People.Anna, Now);

        var refused = Assert.Throws<RefusedException>(() => release.StartTranslation(People.Anna, Now));

        Assert.Equal("release.empty-source", refused.Refusal.Code);
    }

    [Fact]
    public void ReviseDetails_ByAnEditor_ChangesTitleDueDateAndEmbargo()
    {
        var release = Draft();
        var embargo = new Embargo(new DateTime(2026, 12, 2, 10, 0, 0));

        release.ReviseDetails("New title", new DateOnly(2026, 12, 5), embargo, release.EditVersion, People.Ben, Now.AddHours(1));

        Assert.Equal("New title", release.Title);
        Assert.Equal(new DateOnly(2026, 12, 5), release.DueDate);
        Assert.Equal(embargo, release.Embargo);
        Assert.Equal(Now.AddHours(1), release.LastActivityAt);
    }
}
