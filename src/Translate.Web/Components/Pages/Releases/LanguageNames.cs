using Translate.Domain.Languages;

namespace Translate.Web.Components.Pages.Releases;

internal static class LanguageNames
{
    /// <summary>"French (fr)": the English name with the code the rest of the app shows.</summary>
    public static string Label(Language language) => $"{language.Culture().EnglishName} ({language.Code()})";
}
