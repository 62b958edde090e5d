using Translate.Domain.Translations;

namespace Translate.Application.Editing;

/// <summary>How far a language is: segments and source words translated (approved ones count as translated) and approved.</summary>
public sealed record EditorProgress(int Segments, int Words, int TranslatedSegments, int TranslatedWords, int ApprovedSegments, int ApprovedWords)
{
    public static EditorProgress Of(IEnumerable<(TranslationState State, int Words)> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        int count = 0, words = 0, translated = 0, translatedWords = 0, approved = 0, approvedWords = 0;
        foreach (var (state, segmentWords) in segments)
        {
            count++;
            words += segmentWords;
            if (state is TranslationState.Translated or TranslationState.Approved)
            {
                translated++;
                translatedWords += segmentWords;
            }

            if (state == TranslationState.Approved)
            {
                approved++;
                approvedWords += segmentWords;
            }
        }

        return new EditorProgress(count, words, translated, translatedWords, approved, approvedWords);
    }
}
