using Translate.Domain.Workflow;

namespace Translate.Domain.Releases;

/// <summary>
/// Not to be published before a wall-clock time in a time zone (Europe/Luxembourg unless set otherwise).
/// Kept as the press office said it, so a change of daylight-saving rules does not move it.
/// </summary>
public sealed record Embargo
{
    public const string DefaultTimeZoneId = "Europe/Luxembourg";

    public Embargo(DateTime localTime, string timeZoneId = DefaultTimeZoneId)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            throw new RefusedException(Refusals.UnknownTimeZone(timeZoneId));
        }

        var local = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            throw new RefusedException(Refusals.EmbargoTimeSkipped(local, timeZoneId));
        }

        LocalTime = local;
        TimeZoneId = timeZoneId;
        Until = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    public DateTime LocalTime { get; }

    public string TimeZoneId { get; }

    /// <summary>The instant the embargo ends.</summary>
    public DateTimeOffset Until { get; }

    public bool HasPassed(DateTimeOffset now) => now >= Until;
}
