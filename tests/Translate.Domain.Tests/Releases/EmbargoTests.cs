using Translate.Domain.Releases;
using Translate.Domain.Workflow;

namespace Translate.Domain.Tests.Releases;

public class EmbargoTests
{
    [Fact]
    public void Until_InLuxembourgWinter_IsOneHourBeforeUtc()
    {
        var embargo = new Embargo(new DateTime(2018, 1, 16, 10, 0, 0));

        Assert.Equal(new DateTimeOffset(2018, 1, 16, 9, 0, 0, TimeSpan.Zero), embargo.Until);
        Assert.Equal("Europe/Luxembourg", embargo.TimeZoneId);
    }

    [Fact]
    public void Until_InLuxembourgSummer_IsTwoHoursBeforeUtc()
    {
        var embargo = new Embargo(new DateTime(2026, 7, 1, 10, 0, 0));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero), embargo.Until);
    }

    [Fact]
    public void Until_InAnotherZone_UsesThatZone()
    {
        var embargo = new Embargo(new DateTime(2026, 7, 1, 10, 0, 0), "Asia/Shanghai");

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 2, 0, 0, TimeSpan.Zero), embargo.Until);
    }

    [Fact]
    public void HasPassed_ComparesInstants()
    {
        var embargo = new Embargo(new DateTime(2026, 7, 1, 10, 0, 0));

        Assert.False(embargo.HasPassed(new DateTimeOffset(2026, 7, 1, 7, 59, 59, TimeSpan.Zero)));
        Assert.True(embargo.HasPassed(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Embargo_AtATimeTheClocksSkip_IsRefused()
    {
        var refused = Assert.Throws<RefusedException>(() => new Embargo(new DateTime(2026, 3, 29, 2, 30, 0)));

        Assert.Equal("embargo.time-skipped", refused.Refusal.Code);
    }

    [Fact]
    public void Embargo_InAnUnknownZone_IsRefused()
    {
        var refused = Assert.Throws<RefusedException>(() => new Embargo(new DateTime(2026, 3, 29, 10, 0, 0), "Mars/Olympus"));

        Assert.Equal("embargo.unknown-time-zone", refused.Refusal.Code);
    }
}
