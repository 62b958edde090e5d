using System.Globalization;
using Humanizer;
using Translate.Web.Localization;

namespace Translate.Web.Tests.Localization;

/// <summary>.NET's culture data (ICU on Linux) and Humanizer's resources for the two languages most likely to be missing.</summary>
public sealed class CultureDataTests
{
    private static readonly CultureInfo Lb = CultureInfo.GetCultureInfo("lb");
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-Hans");

    [Fact]
    public void MonthNames_InLuxembourgishAndChinese_ComeFromCultureData()
    {
        Assert.Equal("Mäerz", CultureInfo.GetCultureInfo("lb-LU").DateTimeFormat.GetMonthName(3));
        Assert.Equal("Mäerz", Lb.DateTimeFormat.GetMonthName(3));
        Assert.Equal("三月", Zh.DateTimeFormat.GetMonthName(3));
    }

    [Fact]
    public void Humanizer_InLuxembourgishAndChinese_SpeaksThem()
    {
        Assert.Equal("3 Deeg", TimeSpan.FromDays(3).Humanize(culture: Lb));
        Assert.Equal("3 天", TimeSpan.FromDays(3).Humanize(culture: Zh));
    }

    [Theory]
    [InlineData("en", "English")]
    [InlineData("fr", "Français")]
    [InlineData("de", "Deutsch")]
    [InlineData("lb", "Lëtzebuergesch")]
    [InlineData("zh-Hans", "中文")]
    public void UiCultures_AreTheFiveLanguagesNamedInTheirOwnLanguage(string culture, string name)
    {
        Assert.Contains(UiCultures.All, c => c.Name == culture && UiCultures.NativeName(c) == name);
    }

    [Theory]
    [InlineData("lb-LU", "lb")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("de-AT", "de")]
    [InlineData("pt-BR", "en")]
    public void UiCultures_Nearest_IsTheSupportedCultureACultureFallsUnder(string culture, string expected)
    {
        Assert.Equal(expected, UiCultures.Nearest(CultureInfo.GetCultureInfo(culture)).Name);
    }
}
