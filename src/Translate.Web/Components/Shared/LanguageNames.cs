using Translate.Domain.Languages;

namespace Translate.Web.Components.Shared;

/// <summary>How the app names a language in English; one place, so every page says it the same way.</summary>
public static class LanguageNames
{
    public static string Name(Language language) => language.Culture().EnglishName;

    /// <summary>"French (fr)": the English name with the code the rest of the app shows.</summary>
    public static string Label(Language language) => $"{Name(language)} ({language.Code()})";
}
