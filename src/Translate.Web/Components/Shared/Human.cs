using System.Globalization;
using Humanizer;
using Microsoft.Extensions.Localization;

namespace Translate.Web.Components.Shared;

/// <summary>
/// Dates and times in human words ("due in 3 days", "5 minutes ago") through Humanizer. The overloads that take a
/// localizer or a culture speak the UI language: words from <c>locales/</c> and Humanizer in the current UI culture,
/// dates in the current culture; the others stay English for the pages that do not read <c>locales/</c> yet.
/// </summary>
public static class Human
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en");

    public static string Ago(DateTimeOffset when, DateTimeOffset now) =>
        when.Humanize(dateToCompareAgainst: now, culture: Culture);

    /// <summary>"virun 5 Minutten": Humanizer's own sentence in the given culture (the UI culture on a localized page).</summary>
    public static string Ago(DateTimeOffset when, DateTimeOffset now, CultureInfo culture) =>
        when.Humanize(dateToCompareAgainst: now, culture: culture);

    public static string Due(DateOnly due, DateTimeOffset now)
    {
        var days = DaysLeft(due, now);
        return days switch
        {
            0 => "due today",
            > 0 => "due in " + Days(days, Culture),
            < 0 => "overdue by " + Days(-days, Culture),
        };
    }

    /// <summary>"nach 3 Deeg bis zum Delai": the sentence from <c>locales/</c>, the span in days from Humanizer, both in the UI language.</summary>
    public static string Due(DateOnly due, DateTimeOffset now, IStringLocalizer localizer)
    {
        var days = DaysLeft(due, now);
        return days switch
        {
            0 => localizer["shared.human.due-today"],
            > 0 => localizer["shared.human.due-in", Days(days, CultureInfo.CurrentUICulture)],
            < 0 => localizer["shared.human.overdue-by", Days(-days, CultureInfo.CurrentUICulture)],
        };
    }

    /// <summary>A file's size: "48.2 KB".</summary>
    public static string Size(long bytes) => bytes.Bytes().Humanize("#.#", Culture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>The date in the current culture, in the pattern of <c>locales/</c> ("5. Mäerz 2026", "2026年3月5日").</summary>
    public static string Date(DateOnly date, IStringLocalizer localizer) =>
        date.ToString(localizer["shared.human.date-pattern"], CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset when) => when.ToString("d MMMM yyyy, HH:mm 'UTC'", Culture);

    private static int DaysLeft(DateOnly due, DateTimeOffset now) =>
        due.DayNumber - DateOnly.FromDateTime(now.UtcDateTime).DayNumber;

    private static string Days(int days, CultureInfo culture) =>
        TimeSpan.FromDays(days).Humanize(culture: culture, maxUnit: TimeUnit.Day);
}
