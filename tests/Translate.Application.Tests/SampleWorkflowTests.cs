using Translate.Application.Review;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using Translate.Testing;

namespace Translate.Application.Tests;

public class SampleWorkflowTests : ApplicationTest
{
    [Fact]
    public async Task SampleRelease_FromCreationToPublication_PublishesTheReferenceTranslations()
    {
        var id = await CreateSampleAsync();
        var created = await LoadAsync(id);
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.En]), created.Segments.OrderBy(s => s.Number).Select(s => s.Text));

        await Releases.StartTranslationAsync(People.Anna.Id, id);
        await Assignments.AssignAllAsync(People.Anna.Id, id, Language.Fr, People.Francoise.Id);
        await Assignments.AssignAllAsync(People.Anna.Id, id, Language.De, People.Dieter.Id);
        await Assignments.SplitAsync(People.Anna.Id, id, Language.Lb, [People.Lena.Id, People.Luc.Id]);
        await Assignments.AssignRangeAsync(People.Anna.Id, id, Language.Zh, 1, 16, People.Zhang.Id);
        foreach (var language in new[] { Language.Fr, Language.De, Language.Lb, Language.Zh })
        {
            await TranslateAllAsync(id, language);
        }

        await Review.SubmitAsync(People.Francoise.Id, id, Language.Fr);
        await Review.SubmitAsync(People.Dieter.Id, id, Language.De);
        await Review.SubmitAsync(People.Luc.Id, id, Language.Lb);
        await Review.SubmitAsync(People.Zhang.Id, id, Language.Zh);

        var segment7 = await TranslationAsync(id, 7, Language.Lb);
        await Review.RequestChangesAsync(People.Ben.Id, id, Language.Lb, [new SegmentComment(segment7.SegmentId, "Satellittemissiounen: n-Regel préiwen.")]);
        var gate = await Publishing.CheckGateAsync(People.Anna.Id, id);
        Assert.Equal([Language.Fr, Language.De, Language.Lb, Language.Zh], gate.Reasons.Select(r => r.Language));

        Assert.Equal(People.Luc.Id, segment7.AssigneeId);
        await SaveAsync(id, 7, Language.Lb, SampleRelease.Segments[6].Text[Language.Lb], People.Luc);
        await Review.SubmitAsync(People.Luc.Id, id, Language.Lb);
        foreach (var language in new[] { Language.Fr, Language.De, Language.Lb, Language.Zh })
        {
            await Review.ApproveAsync(People.Ben.Id, id, language);
        }

        var published = await Publishing.PublishAsync(People.Anna.Id, id);

        Assert.Equal(1, published.Number);
        var release = await LoadAsync(id);
        Assert.Equal(ReleaseStatus.Published, release.Status);
        var stored = Assert.Single(release.PublishedVersions);
        foreach (var language in LanguageCodes.All)
        {
            var document = stored.Documents.Single(d => d.Language == language).Content;
            Assert.Equal(SampleRelease.Text(language).TrimEnd(), PlainTextWriter.Write(document, language));
        }

        var revisions = (await TranslationAsync(id, 7, Language.Lb)).Revisions;
        Assert.Equal(2, revisions.Count);
    }

    [Fact]
    public async Task PublishAsync_WhileLanguagesAreOpen_IsRefusedWithTheReasonsAndNothingIsPublished()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        await Review.SubmitAsync(People.Francoise.Id, id, Language.Fr);
        await Review.ApproveAsync(People.Ben.Id, id, Language.Fr);

        var refused = await Assert.ThrowsAsync<PublicationRefusedException>(() => Publishing.PublishAsync(People.Anna.Id, id));

        Assert.Equal([Language.De, Language.Lb, Language.Zh], refused.Gate.Reasons.Select(r => r.Language));
        var release = await LoadAsync(id);
        Assert.Empty(release.PublishedVersions);
        Assert.Equal(ReleaseStatus.InTranslation, release.Status);
    }

    [Fact]
    public async Task ChangeSourceAsync_AfterApproval_MarksChangedSegmentsAndWithdrawsTheApprovals()
    {
        var id = await AssignedSampleAsync();
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await TranslateAllAsync(id, language);
            await Review.SubmitAsync(translator.Id, id, language);
            await Review.ApproveAsync(People.Ben.Id, id, language);
        }

        var release = await LoadAsync(id);
        Assert.Equal(ReleaseStatus.ReadyToPublish, release.Status);
        var newText = SampleRelease.Text(Language.En).Replace("at least 5 employees", "at least 6 employees", StringComparison.Ordinal);

        var plan = await Releases.PlanSourceChangeAsync(People.Anna.Id, id, newText);
        var change = await Releases.ChangeSourceAsync(People.Anna.Id, id, newText, release.EditVersion);

        Assert.Equal(plan.Changed, change.Changed);
        Assert.Equal(plan.LanguagesLosingApproval, change.LanguagesLosingApproval);
        Assert.Equal(10, Assert.Single(change.Changed).Number);
        var after = await LoadAsync(id);
        Assert.Equal(ReleaseStatus.InTranslation, after.Status);
        Assert.All(after.Languages, l => Assert.Equal(LanguageState.InProgress, l.State));
        Assert.Equal(TranslationState.NeedsUpdate, (await TranslationAsync(id, 10, Language.Zh)).State);
        Assert.Equal(TranslationState.Approved, (await TranslationAsync(id, 9, Language.Zh)).State);
    }
}
