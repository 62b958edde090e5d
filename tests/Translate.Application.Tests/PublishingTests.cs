using Microsoft.EntityFrameworkCore;
using Translate.Application.Releases;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Users;
using Translate.Testing;

namespace Translate.Application.Tests;

public class PublishingTests : ApplicationTest
{
    private static readonly Embargo Embargo = new(new DateTime(2026, 11, 27, 10, 0, 0));

    [Fact]
    public async Task PublishDueAsync_PublishesAScheduledReleaseOnceItsEmbargoPasses()
    {
        var id = await ApprovedSampleAsync(Embargo);
        await Publishing.ScheduleAsync(People.Anna.Id, id);

        var early = await Publishing.PublishDueAsync();
        App.Clock.SetUtcNow(Embargo.Until);
        var due = await Publishing.PublishDueAsync();

        Assert.Empty(early.Published);
        Assert.Equal([id], due.Published);
        var release = await LoadAsync(id);
        Assert.Equal(ReleaseStatus.Published, release.Status);
        Assert.Equal(People.Anna.Id, Assert.Single(release.PublishedVersions).PublishedById);
        Assert.Empty((await Publishing.PublishDueAsync()).Published);
    }

    [Fact]
    public async Task PublishDueAsync_WhenTheSchedulerIsNoLongerAnEditor_ReportsTheRefusal()
    {
        var id = await ApprovedSampleAsync(Embargo);
        await Publishing.ScheduleAsync(People.Ben.Id, id);
        await using (var db = App.NewContext())
        {
            await db.UserRoles.Where(r => r.UserId == People.Ben.Id && r.RoleId == RoleNames.Id(Role.Editor)).ExecuteDeleteAsync();
        }

        App.Clock.SetUtcNow(Embargo.Until.AddMinutes(5));
        var result = await Publishing.PublishDueAsync();

        Assert.Empty(result.Published);
        Assert.Equal((id, "role.editor-required"), (result.Refused.Single().ReleaseId, result.Refused.Single().Refusal.Code));
        Assert.Equal(ReleaseStatus.ReadyToPublish, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task OpenCorrectionAsync_KeepsThePublishedVersionAndPublishesTheNextOne()
    {
        var id = await ApprovedSampleAsync();
        await Publishing.PublishAsync(People.Anna.Id, id);

        await Publishing.OpenCorrectionAsync(People.Anna.Id, id);
        await SaveAsync(id, 10, Language.De, "In einer ersten Phase wird das Forschungslabor mindestens 5 Beschäftigte in Luxemburg haben.");
        await Review.SubmitAsync(People.Dieter.Id, id, Language.De);
        await Review.ApproveAsync(People.Anna.Id, id, Language.De);
        var second = await Publishing.PublishAsync(People.Anna.Id, id);

        var release = await LoadAsync(id);
        Assert.Equal([1, 2], release.PublishedVersions.Select(v => v.Number).Order());
        var first = release.PublishedVersions.Single(v => v.Number == 1).Documents.Single(d => d.Language == Language.De);
        Assert.Contains("mindestens 5 Mitarbeiter", string.Join(" ", first.Content.Segments), StringComparison.Ordinal);
        Assert.Contains("mindestens 5 Beschäftigte", string.Join(" ", second.Documents.Single(d => d.Language == Language.De).Content.Segments), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_WithATitleAlreadyUsed_GetsItsOwnAddress()
    {
        var first = await Releases.CreateAsync(People.Anna.Id, new NewRelease("Space resources", Language.En, null, new DateOnly(2026, 12, 1), null, "One."));
        var second = await Releases.CreateAsync(People.Ben.Id, new NewRelease("Space resources", Language.En, null, new DateOnly(2026, 12, 1), null, "Two."));

        Assert.Equal(("space-resources", "space-resources-2"), (first.Slug, second.Slug));
    }

    private async Task<Guid> ApprovedSampleAsync(Embargo? embargo = null)
    {
        var id = await AssignedSampleAsync(embargo);
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await TranslateAllAsync(id, language);
            await Review.SubmitAsync(translator.Id, id, language);
            await Review.ApproveAsync(People.Ben.Id, id, language);
        }

        return id;
    }
}
