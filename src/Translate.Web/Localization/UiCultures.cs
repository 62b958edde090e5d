using System.Globalization;
using Translate.Domain.Languages;

namespace Translate.Web.Localization;

/// <summary>The cultures the app's own UI speaks: one per language of the domain, English first and the default.</summary>
public static class UiCultures
{
    public static IReadOnlyList<CultureInfo> All { get; } = [.. LanguageCodes.All.Select(l => l.Culture())];

    public static CultureInfo Default => All[0];

    /// <summary>A language's name in that language, so people find theirs whatever the page is in.</summary>
    public static string NativeName(CultureInfo culture) => LanguageCodes.Parse(culture.Name) switch
    {
        Language.En => "English",
        Language.Fr => "Français",
        Language.De => "Deutsch",
        Language.Lb => "Lëtzebuergesch",
        Language.Zh => "中文",
        var other => throw new ArgumentOutOfRangeException(nameof(culture), other, null),
    };

    /// <summary>The supported culture a name stands for ("zh-Hans", "zh", "lb"), or null.</summary>
    public static CultureInfo? Find(string? name) =>
        LanguageCodes.TryParse(name, out var language) ? language.Culture() : null;

    /// <summary>The supported culture a culture falls under (lb-LU is lb, zh-CN is zh-Hans); English when none.</summary>
    public static CultureInfo Nearest(CultureInfo culture)
    {
        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (Find(c.Name) is { } found)
            {
                return found;
            }
        }

        return Default;
    }
}
