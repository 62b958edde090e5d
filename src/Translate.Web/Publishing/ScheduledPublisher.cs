using Translate.Application.Publishing;

namespace Translate.Web.Publishing;

/// <summary>Publishes, every minute, the scheduled releases whose embargo has passed and whose languages are all approved.</summary>
internal sealed class ScheduledPublisher(PublishingService publishing, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed round must not stop the schedule; the next round tries again.
                logger.LogError(e, "Scheduled publication failed; trying again in {Interval}.", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var result = await publishing.PublishDueAsync(cancellationToken);
        foreach (var id in result.Published)
        {
            logger.LogInformation("Published release {ReleaseId} as scheduled.", id);
        }

        foreach (var (id, refusal) in result.Refused)
        {
            logger.LogWarning("Scheduled publication of release {ReleaseId} was refused: {Reason}", id, refusal.Message);
        }
    }
}
