using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Translate.Domain.Languages;

namespace Translate.Domain.Segmentation;

/// <summary>The ordered rules of one language, compiled once and shared.</summary>
internal sealed class SegmentationRules
{
    // Rules run on uploaded text: a pathological input fails loudly instead of hanging a request.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly ConcurrentDictionary<Language, SegmentationRules> Cache = new();

    private readonly (bool IsBreak, Regex AtPosition)[] rules;
    private readonly Regex[] candidateFinders;

    public SegmentationRules(IEnumerable<SegmentationRule> rules)
    {
        var list = rules.ToList();

        // The look-ahead first: at most positions it fails at once, before any look-behind runs.
        this.rules = [.. list.Select(r => (r.IsBreak, Compile($@"\G(?={r.After})(?<={r.Before})")))];
        candidateFinders = [.. list.Where(r => r.IsBreak).Select(r => Compile($"(?={r.After})(?<={r.Before})"))];
    }

    public static SegmentationRules For(Language language) => Cache.GetOrAdd(language, Create);

    /// <summary>Positions where a sentence ends, in order; the end of the text is not included.</summary>
    public IEnumerable<int> BreakPositions(string text)
    {
        // Only where a break rule matches can a sentence end; the first rule matching there decides.
        var candidates = new SortedSet<int>();
        foreach (var finder in candidateFinders)
        {
            foreach (Match match in finder.Matches(text))
            {
                candidates.Add(match.Index);
            }
        }

        return candidates.Where(position => position < text.Length && Decision(text, position) == true);
    }

    /// <summary>Whether a no-break rule holds the text together at the position ("16." before "Januar").</summary>
    public bool KeepsTogether(string text, int position) => Decision(text, position) == false;

    /// <summary>Break or not by the first rule that matches at the position; null when none does.</summary>
    private bool? Decision(string text, int position)
    {
        foreach (var (isBreak, atPosition) in rules)
        {
            if (atPosition.IsMatch(text, position))
            {
                return isBreak;
            }
        }

        return null;
    }

    private static SegmentationRules Create(Language language) => new(language switch
    {
        Language.En => LatinRules.With(EnglishRules.Rules),
        Language.Fr => LatinRules.With(FrenchRules.Rules),
        Language.De => LatinRules.With(GermanRules.Rules),
        Language.Lb => LatinRules.With(LuxembourgishRules.Rules),
        Language.Zh => ChineseRules.Rules,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    });

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, MatchTimeout);
}
