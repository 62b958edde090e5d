using Microsoft.Extensions.Localization;
using Translate.Domain.Languages;

namespace Translate.Web.Components.Shared;

/// <summary>How the app names a language; one place, so every page says it the same way.</summary>
public static class LanguageNames
{
    /// <summary>The language's name in the UI language: "Französisch" on a German page.</summary>
    public static string Name(Language language, IStringLocalizer localizer) => localizer[Key(language)];

    /// <summary>"Französisch (fr)": the name in the UI language with the code the rest of the app shows.</summary>
    public static string Label(Language language, IStringLocalizer localizer) =>
        localizer["shared.language.label", Name(language, localizer), language.Code()];

    private static string Key(Language language) => language switch
    {
        Language.En => "shared.language.en",
        Language.Fr => "shared.language.fr",
        Language.De => "shared.language.de",
        Language.Lb => "shared.language.lb",
        Language.Zh => "shared.language.zh",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };
}
