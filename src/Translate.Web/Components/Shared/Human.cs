using System.Globalization;
using Humanizer;
using Microsoft.Extensions.Localization;

namespace Translate.Web.Components.Shared;

/// <summary>
/// Dates, times and sizes in human words ("due in 3 days", "5 minutes ago") in the UI language: sentences from
/// <c>locales/</c>, spans from Humanizer in the current UI culture, dates and numbers in the current culture.
/// </summary>
public static class Human
{
    /// <summary>"virun 5 Minutten": Humanizer's own sentence in the given culture (the UI culture on a localized page).</summary>
    public static string Ago(DateTimeOffset when, DateTimeOffset now, CultureInfo culture) =>
        when.Humanize(dateToCompareAgainst: now, culture: culture);

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

    /// <summary>A file's size: "48.2 KB", "48,2 KB".</summary>
    public static string Size(long bytes) => bytes.Bytes().Humanize("#.#", CultureInfo.CurrentCulture);

    /// <summary>The date in the current culture, in the pattern of <c>locales/</c> ("5. Mäerz 2026", "2026年3月5日").</summary>
    public static string Date(DateOnly date, IStringLocalizer localizer) =>
        date.ToString(localizer["shared.human.date-pattern"], CultureInfo.CurrentCulture);

    /// <summary>A local date and time: "16. Januar 2018, 10:00", "2018年1月16日 10:00".</summary>
    public static string DateTime(DateTime local, IStringLocalizer localizer) =>
        local.ToString(localizer["shared.human.date-time-pattern"], CultureInfo.CurrentCulture);

    private static int DaysLeft(DateOnly due, DateTimeOffset now) =>
        due.DayNumber - DateOnly.FromDateTime(now.UtcDateTime).DayNumber;

    private static string Days(int days, CultureInfo culture) =>
        TimeSpan.FromDays(days).Humanize(culture: culture, maxUnit: TimeUnit.Day);
}
