using System.Globalization;
using Translate.Domain.Languages;
using Translate.Web.Components.Shared;
using Translate.Web.Localization;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Shared;

/// <summary>Human words for dates, states and language names in the UI culture: sentences from locales/, spans from Humanizer, dates from .NET.</summary>
public sealed class HumanTests
{
    private static readonly JsonStringLocalizer L = AppLocales.Localizer;
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("lb", 3, "nach 3 Deeg bis zum Delai")]
    [InlineData("lb", 0, "haut fälleg")]
    [InlineData("lb", -1, "Delai säit 1 Dag eriwwer")]
    [InlineData("zh-Hans", 3, "3 天后到期")]
    [InlineData("zh-Hans", 0, "今天到期")]
    [InlineData("zh-Hans", -2, "已逾期 2 天")]
    [InlineData("de", 1, "noch 1 Tag bis zur Frist")]
    [InlineData("en", 3, "due in 3 days")]
    [InlineData("en", -2, "overdue by 2 days")]
    public void Due_InTheUiCulture_IsOneSentenceInThatLanguage(string culture, int days, string expected)
    {
        var due = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(days);

        Assert.Equal(expected, InCulture(culture, () => Human.Due(due, Now, L)));
    }

    [Theory]
    [InlineData("lb", "5. Mäerz 2026")]
    [InlineData("zh-Hans", "2026年3月5日")]
    [InlineData("de", "5. März 2026")]
    [InlineData("fr", "5 mars 2026")]
    [InlineData("en", "5 March 2026")]
    public void Date_InTheCulture_UsesItsMonthNamesAndPattern(string culture, string expected)
    {
        Assert.Equal(expected, InCulture(culture, () => Human.Date(new DateOnly(2026, 3, 5), L)));
    }

    [Theory]
    [InlineData("lb", "virun 2 Stonnen")]
    [InlineData("zh-Hans", "2 小时前")]
    public void Ago_InTheUiCulture_IsHumanizersSentence(string culture, string expected)
    {
        Assert.Equal(expected, Human.Ago(Now.AddHours(-2), Now, CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("de", Language.Fr, "Französisch (fr)")]
    [InlineData("lb", Language.Lb, "Lëtzebuergesch (lb)")]
    [InlineData("zh-Hans", Language.De, "德语（de）")]
    [InlineData("fr", Language.Zh, "Chinois (simplifié) (zh)")]
    public void LanguageLabel_InTheUiCulture_NamesTheLanguageInIt(string culture, Language language, string expected)
    {
        Assert.Equal(expected, InCulture(culture, () => LanguageNames.Label(language, L)));
    }

    [Theory]
    [InlineData("fr", "48,2 Ko")]
    [InlineData("en", "48.2 KB")]
    public void Size_InTheCulture_UsesItsDecimalSeparator(string culture, string expected)
    {
        Assert.Equal(expected, InCulture(culture, () => Human.Size(49_357)));
    }

    [Theory]
    [InlineData("lb", "16. Januar 2018, 10:00")]
    [InlineData("zh-Hans", "2018年1月16日 10:00")]
    public void DateTime_InTheCulture_IsTheDateThenTheTime(string culture, string expected)
    {
        Assert.Equal(expected, InCulture(culture, () => Human.DateTime(new DateTime(2018, 1, 16, 10, 0, 0), L)));
    }

    private static T InCulture<T>(string name, Func<T> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
