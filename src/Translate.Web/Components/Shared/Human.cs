using System.Globalization;
using Humanizer;

namespace Translate.Web.Components.Shared;

/// <summary>Dates and times in human words ("due in 3 days", "5 minutes ago") through Humanizer.</summary>
public static class Human
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en");

    public static string Ago(DateTimeOffset when, DateTimeOffset now) =>
        when.Humanize(dateToCompareAgainst: now, culture: Culture);

    public static string Due(DateOnly due, DateTimeOffset now)
    {
        var days = due.DayNumber - DateOnly.FromDateTime(now.UtcDateTime).DayNumber;
        return days switch
        {
            0 => "due today",
            > 0 => "due in " + TimeSpan.FromDays(days).Humanize(culture: Culture, maxUnit: TimeUnit.Day),
            < 0 => "overdue by " + TimeSpan.FromDays(-days).Humanize(culture: Culture, maxUnit: TimeUnit.Day),
        };
    }

    /// <summary>A file's size: "48.2 KB".</summary>
    public static string Size(long bytes) => bytes.Bytes().Humanize("#.#", Culture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string DateTime(DateTimeOffset when) => when.ToString("d MMMM yyyy, HH:mm 'UTC'", Culture);
}
