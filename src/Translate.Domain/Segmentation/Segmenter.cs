using System.Text.RegularExpressions;
using Translate.Domain.Languages;

namespace Translate.Domain.Segmentation;

/// <summary>Splits the text of one block into sentences, by the rules of its language.</summary>
public static partial class Segmenter
{
    public static IReadOnlyList<string> Split(string blockText, Language language)
    {
        ArgumentNullException.ThrowIfNull(blockText);

        var text = FoldableWhitespace().Replace(blockText, " ").Trim();
        if (text.Length == 0)
        {
            return [];
        }

        var sentences = new List<string>();
        var start = 0;
        foreach (var position in SegmentationRules.For(language).BreakPositions(text))
        {
            AddTrimmed(sentences, text[start..position]);
            start = position;
        }

        AddTrimmed(sentences, text[start..]);
        return sentences;
    }

    private static void AddTrimmed(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    // Line breaks and runs of spaces become one space; no-break spaces stay (French "Oui ?").
    [GeneratedRegex(@"[\s-[\u00A0\u202F\u2007]]+", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex FoldableWhitespace();
}
