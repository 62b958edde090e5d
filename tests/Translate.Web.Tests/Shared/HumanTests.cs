using System.Globalization;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Web.Components.Shared;
using Translate.Web.Localization;

namespace Translate.Web.Tests.Shared;

/// <summary>Human words for dates, states and language names in the UI culture: sentences from locales/, spans from Humanizer, dates from .NET.</summary>
public sealed class HumanTests
{
    private static readonly JsonStringLocalizer L = new(LocaleStrings.Load(Path.Combine(AppContext.BaseDirectory, "locales")));
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

    [Fact]
    public void Due_InEnglish_ReadsAsThePagesThatAreNotLocalizedYet()
    {
        var due = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(5);

        Assert.Equal(Human.Due(due, Now), InCulture("en", () => Human.Due(due, Now, L)));
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

    [Fact]
    public void LanguageLabels_InEnglish_AreTheEnglishNamesTheOtherPagesShow()
    {
        Assert.Equal(
            LanguageCodes.All.Select(LanguageNames.Label),
            InCulture("en", () => LanguageCodes.All.Select(l => LanguageNames.Label(l, L)).ToList()));
    }

    [Fact]
    public void StateLabels_InEnglish_AreTheLabelsTheOtherPagesShow()
    {
        Enum[] states = [.. Enum.GetValues<LanguageState>().Cast<Enum>(), .. Enum.GetValues<TranslationState>().Cast<Enum>(), .. Enum.GetValues<ReleaseStatus>().Cast<Enum>()];

        Assert.Equal(states.Select(StateWords.Label), InCulture("en", () => states.Select(s => StateWords.Label(s, L)).ToList()));
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
