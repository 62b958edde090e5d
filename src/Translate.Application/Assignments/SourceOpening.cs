using Translate.Domain.Languages;

namespace Translate.Application.Assignments;

/// <summary>The first words of a source segment, enough to recognise it in a list.</summary>
internal static class SourceOpening
{
    private const int Words = 8;

    // Chinese has no spaces between words: about as much text as eight words take.
    private const int ChineseCharacters = 16;

    public static string Of(string text, Language language)
    {
        if (language.CountsCharacters())
        {
            var characters = text.EnumerateRunes().ToList();
            return characters.Count <= ChineseCharacters ? text : string.Concat(characters.Take(ChineseCharacters)) + "…";
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= Words ? text : string.Join(' ', words.Take(Words)) + " …";
    }
}
