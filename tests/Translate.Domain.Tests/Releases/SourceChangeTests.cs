using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using static Translate.Testing.Steps;

namespace Translate.Domain.Tests.Releases;

public class SourceChangeTests
{
    private const string NewSentence10 = "In a first stage, the Research Laboratory will employ at least 6 employees in Luxembourg.";

    [Fact]
    public void ChangeSource_UnchangedSegmentsKeepTheirTranslationsAndApproval()
    {
        var release = AllApproved();
        var before = release.Translations.ToDictionary(t => t.Id, t => (t.Text, t.State));

        var change = release.ChangeSource(WithSegment10(NewSentence10), release.EditVersion, People.Anna, Now);

        Assert.Equal(15, change.Unchanged);
        foreach (var translation in release.Translations.Where(t => t.Segment.Number != 10))
        {
            Assert.Equal(before[translation.Id], (translation.Text, translation.State));
        }
    }

    [Fact]
    public void ChangeSource_AChangedSegmentNeedsAnUpdateInEveryLanguageAndTheyLoseTheirApproval()
    {
        var release = AllApproved();
        var segment = release.Segments[9];

        var change = release.ChangeSource(WithSegment10(NewSentence10), release.EditVersion, People.Anna, Now);

        Assert.Same(segment, release.Segments[9]);
        Assert.Equal(NewSentence10, segment.Text);
        Assert.All(TargetsOf(release, segment), t => Assert.Equal(TranslationState.NeedsUpdate, t.State));
        Assert.Equal(SampleRelease.Segments[9].Text[Language.Fr], release.Translation(segment, Language.Fr).Text);
        var changed = Assert.Single(change.Changed);
        Assert.Equal((10, 4), (changed.Number, changed.TranslationsToUpdate));
        Assert.Equal([Language.Fr, Language.De, Language.Lb, Language.Zh], change.LanguagesLosingApproval);
        Assert.All(release.Languages, l => Assert.Equal(LanguageState.InProgress, l.State));
        Assert.Equal(ReleaseStatus.InTranslation, release.Status);
    }

    [Fact]
    public void ChangeSource_AnEmptyTranslationOfAChangedSegmentStaysEmpty()
    {
        var release = Assigned();
        Save(release, 10, Language.Fr, SampleRelease.Segments[9].Text[Language.Fr]);

        var change = release.ChangeSource(WithSegment10(NewSentence10), release.EditVersion, People.Anna, Now);

        Assert.Equal(TranslationState.NeedsUpdate, release.Translation(release.Segments[9], Language.Fr).State);
        Assert.Equal(TranslationState.Empty, release.Translation(release.Segments[9], Language.De).State);
        Assert.Equal(1, change.Changed[0].TranslationsToUpdate);
        Assert.Empty(change.LanguagesLosingApproval);
    }

    [Fact]
    public void ChangeSource_AnAddedSegmentStartsEmptyEverywhereAndTheLanguagesLoseTheirApproval()
    {
        var release = AllApproved();
        var blocks = SampleRelease.Document().Blocks.ToList();
        blocks.Insert(5, new SegmentedBlock(BlockKind.Paragraph, ["A new paragraph about the agreement."]));

        var change = release.ChangeSource(new SegmentedDocument(blocks), release.EditVersion, People.Anna, Now);

        Assert.Equal(["A new paragraph about the agreement."], change.Added);
        Assert.Equal(17, release.Segments.Count);
        var added = release.Segments[10];
        Assert.Equal((11, "A new paragraph about the agreement."), (added.Number, added.Text));
        Assert.All(TargetsOf(release, added), t => Assert.Equal(TranslationState.Empty, t.State));
        Assert.Equal(TranslationState.Approved, release.Translation(release.Segments[11], Language.Fr).State);
        Assert.Equal(12, release.Blocks.Count);
        Assert.All(release.Languages, l => Assert.Equal(LanguageState.InProgress, l.State));
    }

    [Fact]
    public void ChangeSource_ARemovedSegmentTakesItsTranslationsWithIt()
    {
        var release = AllApproved();
        var removedSegment = release.Segments[5];
        var blocks = SampleRelease.Document().Blocks.ToList();
        blocks[3] = blocks[3] with { Segments = blocks[3].Segments.Where((_, i) => i != 1).ToList() };

        var change = release.ChangeSource(new SegmentedDocument(blocks), release.EditVersion, People.Anna, Now);

        var removed = Assert.Single(change.Removed);
        Assert.Equal((6, 4), (removed.Number, removed.TranslationsLost));
        Assert.DoesNotContain(release.Translations, t => t.SegmentId == removedSegment.Id);
        Assert.Equal(15 * 4, release.Translations.Count);
        Assert.Equal(Enumerable.Range(1, 15), release.Segments.Select(s => s.Number));
        Assert.Equal(ReleaseStatus.ReadyToPublish, release.Status);
    }

    [Fact]
    public void PlanSourceChange_SaysWhatWouldHappenWithoutDoingIt()
    {
        var release = AllApproved();

        var plan = release.PlanSourceChange(WithSegment10(NewSentence10));

        Assert.True(plan.ChangesAnything);
        Assert.Equal(4, plan.LanguagesLosingApproval.Count);
        Assert.Equal(SampleRelease.Segments[9].Text[Language.En], release.Segments[9].Text);
        Assert.Equal(ReleaseStatus.ReadyToPublish, release.Status);
    }

    [Fact]
    public void PlanSourceChange_TheSameSource_ChangesNothing()
    {
        var release = AllApproved();

        Assert.False(release.PlanSourceChange(SampleRelease.Document()).ChangesAnything);
    }

    [Fact]
    public void ChangeSource_InADraft_ReplacesTheDocumentFreely()
    {
        var release = Draft();

        release.ChangeSource(new SegmentedDocument([new SegmentedBlock(BlockKind.Title, ["Short"])]), release.EditVersion, People.Ben, Now);

        Assert.Equal("Short", Assert.Single(release.Segments).Text);
        Assert.Empty(release.Translations);
    }

    [Fact]
    public void ChangeSource_ByATranslator_IsForbidden()
    {
        var release = Assigned();

        Assert.Throws<ForbiddenException>(() => release.ChangeSource(SampleRelease.Document(), release.EditVersion, People.Lena, Now));
    }

    [Fact]
    public void ChangeSource_BasedOnAStaleEditVersion_IsRefusedAndChangesNothing()
    {
        var release = AllApproved();
        var opened = release.EditVersion;
        release.ReviseDetails("Another title", release.DueDate, null, opened, People.Ben, Now);

        var refused = Assert.Throws<RefusedException>(() => release.ChangeSource(WithSegment10(NewSentence10), opened, People.Anna, Now));

        Assert.Equal("release.changed-meanwhile", refused.Refusal.Code);
        Assert.Equal(SampleRelease.Segments[9].Text[Language.En], release.Segments[9].Text);
    }

    private static SegmentedDocument WithSegment10(string text)
    {
        var blocks = SampleRelease.Document().Blocks.ToList();
        blocks[4] = blocks[4] with { Segments = [blocks[4].Segments[0], blocks[4].Segments[1], text] };
        return new SegmentedDocument(blocks);
    }

    private static IEnumerable<Translation> TargetsOf(Release release, Segment segment) =>
        release.Translations.Where(t => t.SegmentId == segment.Id);
}
