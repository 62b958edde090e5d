using System.Globalization;
using Translate.Web.Localization;

namespace Translate.Web.Tests.Localization;

public sealed class LocaleStringsTests
{
    private static readonly LocaleStrings Strings = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string> { ["nav.releases"] = "Releases", ["only.english"] = "English only" },
        ["lb"] = new Dictionary<string, string> { ["nav.releases"] = "Pressematdeelungen" },
        ["zh"] = new Dictionary<string, string> { ["nav.releases"] = "新闻稿" },
    });

    [Theory]
    [InlineData("lb", "Pressematdeelungen")]
    [InlineData("lb-LU", "Pressematdeelungen")]
    [InlineData("zh-Hans", "新闻稿")]
    [InlineData("zh-CN", "新闻稿")]
    [InlineData("fr", "Releases")]
    public void Find_ReadsTheCultureOrItsParentsElseEnglish(string culture, string expected)
    {
        var found = Strings.Find("nav.releases", CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, found.Value);
        Assert.False(found.ResourceNotFound);
    }

    [Fact]
    public void Find_OfAKeyMissingInALanguage_FallsBackToEnglish()
    {
        Assert.Equal("English only", Strings.Find("only.english", CultureInfo.GetCultureInfo("lb")).Value);
    }

    [Fact]
    public void Find_OfAKeyMissingInEnglish_ShowsTheKeyMarkedAsNotFound()
    {
        var found = Strings.Find("no.such.key", CultureInfo.GetCultureInfo("de"));

        Assert.Equal("[no.such.key]", found.Value);
        Assert.True(found.ResourceNotFound);
    }

    [Fact]
    public void Load_OfTheAppsLocales_HasTheFiveLanguages()
    {
        var strings = LocaleStrings.Load(Path.Combine(AppContext.BaseDirectory, "locales"));

        Assert.Equal(["de", "en", "fr", "lb", "zh"], strings.Files.Keys.Order());
    }
}
