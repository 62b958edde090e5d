using Translate.Web.Localization;

namespace Translate.Web.Tests.Support;

/// <summary>The app's <c>locales/</c> as copied beside the tests, read once, with the five UI cultures the app speaks.</summary>
internal static class AppLocales
{
    public static LocaleStrings Strings { get; } = LocaleStrings.Load(Path.Combine(AppContext.BaseDirectory, "locales"));

    public static JsonStringLocalizer Localizer { get; } = new(Strings);

    public static TheoryData<string> Cultures => new() { "en", "fr", "de", "lb", "zh-Hans" };

    /// <summary>The file a culture reads first: "zh-Hans" reads zh.json.</summary>
    public static string FileOf(string culture) => culture.Split('-')[0] + ".json";
}
