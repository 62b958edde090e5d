using Microsoft.Extensions.Logging.Abstractions;
using Translate.Application.Publishing;
using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;
using Translate.Web.Publishing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Hosting;

public class ScheduledPublisherTests
{
    [Fact]
    public async Task AScheduledReleaseWhoseEmbargoPassed_IsPublishedByTheBackgroundRound()
    {
        await using var app = await WebApp.StartAsync();
        var release = await app.Get<ReleaseService>().CreateAsync(People.Anna.Id, new NewRelease(
            SampleRelease.Title, Language.En, null, new DateOnly(2026, 12, 1), new Embargo(new DateTime(2020, 1, 1, 9, 0, 0)), SampleRelease.Text(Language.En)));
        await app.Get<ReleaseService>().StartTranslationAsync(People.Anna.Id, release.Id);
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await app.Get<Translate.Application.Assignments.AssignmentService>().AssignAllAsync(People.Anna.Id, release.Id, language, translator.Id);
            await app.ApproveAsync(release.Id, language);
        }

        await app.Get<PublishingService>().ScheduleAsync(People.Anna.Id, release.Id);
        using var publisher = new ScheduledPublisher(app.Get<PublishingService>(), TimeProvider.System, NullLogger<ScheduledPublisher>.Instance);

        await publisher.RunRoundAsync(CancellationToken.None);

        await using var db = app.NewContext();
        Assert.Equal(ReleaseStatus.Published, db.Releases.Single(r => r.Id == release.Id).Status);
    }
}
