using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;
using Translate.Domain.Workflow;
using static Translate.Testing.Steps;

namespace Translate.Domain.Tests.Releases;

public class PublicationTests
{
    [Fact]
    public void Gate_WhileLanguagesAreNotApproved_GivesAReasonPerLanguage()
    {
        var release = Assigned();
        TranslateAndSubmit(release, Language.Fr);
        Steps.Approve(release, Language.Fr, People.Ben);
        TranslateAndSubmit(release, Language.De);
        Save(release, 1, Language.Lb, "Lëtzebuerg schafft mat China zesummen");

        var gate = release.CheckPublicationGate(Now);

        Assert.False(gate.IsOpen);
        Assert.Equal([Language.De, Language.Lb, Language.Zh], gate.Reasons.Select(r => r.Language));
        Assert.Contains("it is in review", gate.Reasons[0].Message, StringComparison.Ordinal);
        Assert.Contains("15 segment(s) not translated", gate.Reasons[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_WhileTheGateIsClosed_IsRefusedWithEveryReason()
    {
        var release = Assigned();

        var refused = Assert.Throws<PublicationRefusedException>(() => release.Publish(People.Anna, Now));

        Assert.Equal(4, refused.Gate.Reasons.Count);
        Assert.NotEqual(ReleaseStatus.Published, release.Status);
        Assert.Empty(release.PublishedVersions);
    }

    [Fact]
    public void Gate_UnderEmbargo_IsClosedUntilTheEmbargoPasses()
    {
        var embargo = new Embargo(new DateTime(2026, 11, 26, 11, 0, 0));
        var release = AllApproved(embargo);

        var before = release.CheckPublicationGate(new DateTimeOffset(2026, 11, 26, 9, 59, 0, TimeSpan.Zero));
        var after = release.CheckPublicationGate(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal("gate.embargo", Assert.Single(before.Reasons).Code);
        Assert.True(after.IsOpen);
    }

    [Fact]
    public void AllLanguagesApproved_MakesTheReleaseReadyToPublish()
    {
        var release = AllApproved();

        Assert.Equal(ReleaseStatus.ReadyToPublish, release.Status);
        Assert.True(release.CheckPublicationGate(Now).IsOpen);
    }

    [Fact]
    public void Publish_TakesASnapshotOfEveryLanguage()
    {
        var release = AllApproved();

        var published = release.Publish(People.Anna, Now);

        Assert.Equal(ReleaseStatus.Published, release.Status);
        Assert.Equal((1, People.Anna.Id), (published.Number, published.PublishedById));
        Assert.Equal([Language.En, Language.Fr, Language.De, Language.Lb, Language.Zh], published.Documents.Select(d => d.Language));
        Assert.True(published.Documents[0].IsSource);
        foreach (var document in published.Documents)
        {
            Assert.Equal(SampleRelease.Segments.Select(s => s.Text[document.Language]), document.Content.Segments);
            Assert.Equal(11, document.Content.Blocks.Count);
        }
    }

    [Fact]
    public void Publish_ByATranslator_IsForbidden()
    {
        var release = AllApproved();

        Assert.Throws<ForbiddenException>(() => release.Publish(People.Francoise, Now));
    }

    [Fact]
    public void Published_CannotChangeUntilACorrectionIsOpened()
    {
        var release = AllApproved();
        release.Publish(People.Anna, Now);

        Assert.Equal("release.published", Assert.Throws<RefusedException>(() => Save(release, 1, Language.Fr, "Nouveau titre")).Refusal.Code);
        Assert.Equal("gate.published", Assert.Single(release.CheckPublicationGate(Now).Reasons).Code);
        Assert.Throws<RefusedException>(() => release.ChangeSource(SampleRelease.Document(), release.EditVersion, People.Anna, Now));
    }

    [Fact]
    public void OpenCorrection_StartsTheNextVersionAndLeavesThePublishedOneAsItWas()
    {
        var release = AllApproved();
        var first = release.Publish(People.Anna, Now);

        release.OpenCorrection(People.Anna, Now);
        Save(release, 10, Language.Fr, "Dans un premier temps, le laboratoire emploiera au moins 6 personnes.");

        Assert.Equal(2, release.Version);
        Assert.Equal(ReleaseStatus.InTranslation, release.Status);
        Assert.Equal(SampleRelease.Segments[9].Text[Language.Fr], first.Documents.Single(d => d.Language == Language.Fr).Content.Segments.ElementAt(9));
    }

    [Fact]
    public void OpenCorrection_TheFourEyesRuleLooksAtTheNewVersionOnly()
    {
        var release = Assigned();
        var claire = People.Claire;
        release.Assign(Language.Fr, Translate.Domain.Assignments.AssignmentPlanner.All(release.Segments, claire.Id), [claire], People.Anna, Now);
        TranslateAll(release, Language.Fr, claire);
        release.Submit(Language.Fr, claire, Now);
        Steps.Approve(release, Language.Fr, People.Ben);
        foreach (var language in new[] { Language.De, Language.Lb, Language.Zh })
        {
            TranslateAndSubmit(release, language);
            Steps.Approve(release, language, People.Ben);
        }

        release.Publish(People.Ben, Now);
        release.OpenCorrection(People.Ben, Now);
        release.Assign(Language.Fr, Translate.Domain.Assignments.AssignmentPlanner.All(release.Segments, People.Francoise.Id), [People.Francoise], People.Anna, Now);
        Save(release, 16, Language.Fr, "Portable\u00a0: (+352) 621 409 141");
        release.Submit(Language.Fr, People.Francoise, Now);

        Steps.Approve(release, Language.Fr, claire);

        Assert.Equal(ReleaseStatus.ReadyToPublish, release.Status);
        Assert.Equal(2, release.Publish(claire, Now).Number);
        Assert.Equal(2, release.PublishedVersions.Count);
    }

    [Fact]
    public void OpenCorrection_OnAnUnpublishedRelease_IsRefused()
    {
        var release = Assigned();

        Assert.Throws<RefusedException>(() => release.OpenCorrection(People.Anna, Now));
    }

    [Fact]
    public void SchedulePublication_WithoutEmbargo_IsRefused()
    {
        var release = Assigned();

        var refused = Assert.Throws<RefusedException>(() => release.SchedulePublication(People.Anna, Now));

        Assert.Equal("publication.schedule-needs-embargo", refused.Refusal.Code);
    }

    [Fact]
    public void ScheduledPublication_IsDueOnceEveryLanguageIsApprovedAndTheEmbargoPassed()
    {
        var embargo = new Embargo(new DateTime(2026, 11, 26, 11, 0, 0));
        var release = Assigned(embargo);
        release.SchedulePublication(People.Anna, Now);
        var afterEmbargo = embargo.Until.AddMinutes(1);
        Assert.False(release.IsScheduledPublicationDue(afterEmbargo));

        foreach (var language in TranslatorOf.Keys)
        {
            TranslateAndSubmit(release, language);
            Steps.Approve(release, language, People.Ben);
        }

        Assert.False(release.IsScheduledPublicationDue(embargo.Until.AddMinutes(-1)));
        Assert.True(release.IsScheduledPublicationDue(afterEmbargo));
        release.Publish(People.Anna, afterEmbargo);
        Assert.Null(release.PublicationScheduledById);
    }

    [Fact]
    public void CurrentDocument_BeforePublication_IsTheWorkAsItStands()
    {
        var release = Assigned();
        Save(release, 1, Language.De, "Titel");

        var document = release.CurrentDocument(Language.De);

        Assert.Equal("Titel", document.Segments.First());
        Assert.Equal(string.Empty, document.Segments.ElementAt(1));
        Assert.Equal(SampleRelease.Title, release.CurrentDocument(Language.En).Segments.First());
    }
}
