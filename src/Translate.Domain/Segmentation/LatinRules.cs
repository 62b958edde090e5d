using System.Text.RegularExpressions;

namespace Translate.Domain.Segmentation;

/// <summary>Rules shared by the Latin-script languages (en, fr, de, lb), and helpers to write theirs.</summary>
internal static class LatinRules
{
    /// <summary>What may follow the final mark and still belong to the sentence: quotes and brackets,
    /// and a French closing guillemet after its (no-break) space.</summary>
    private const string Closer = @"(?:[""'’”“‘«)\]]|[ \u00A0\u202F]?»)";

    // Real text closes at most a few quotes and brackets at once; the bound keeps every look-behind
    // short on hostile input such as a long run of quotes.
    private const string Closers = Closer + "{0,3}";

    private const string Space = @"\s";

    private static readonly SegmentationRule[] Shared =
    [
        // « Oui. » : a guillemet after its space closes the sentence, it does not open the next one.
        SegmentationRule.NoBreak($"[.!?…]{Closers}", @"[ \u00A0\u202F]?»"),

        // "etc. and", "... then", "Really?" she asked: lowercase next means the sentence goes on.
        SegmentationRule.NoBreak($@"[.…]{Closers}|[!?]{Closer}{{1,3}}", @"\s+\p{Ll}"),

        // A letter on its own is an initial or part of a short form: "J. Smith", "M. Dupont", "z. B.".
        SegmentationRule.NoBreak(@"\b\p{L}\.", Space),

        SegmentationRule.Break($"[.!?…]{Closers}", Space),
    ];

    /// <summary>A language's own rules first, then the shared ones.</summary>
    public static IEnumerable<SegmentationRule> With(IEnumerable<SegmentationRule> languageRules) =>
        languageRules.Concat(Shared);

    /// <summary>Short forms written with a final period that never end a sentence ("Dr.", "z. B.").</summary>
    public static SegmentationRule Abbreviations(params string[] abbreviations) =>
        SegmentationRule.NoBreak(Alternatives(abbreviations) + @"\.", Space);

    /// <summary>Short forms that are also words ("No.", "Art."): abbreviations only before a number.</summary>
    public static SegmentationRule AbbreviationsBeforeNumber(params string[] abbreviations) =>
        SegmentationRule.NoBreak(Alternatives(abbreviations) + @"\.", @"\s\d");

    /// <summary>German-style ordinals ("16. Januar", "am 3. Oktober"): a number and period before a
    /// month, or after a word that introduces a date or rank, in any case ("Der 2. Platz").</summary>
    public static IEnumerable<SegmentationRule> Ordinals(string[] months, string[] introducingWords) =>
    [
        SegmentationRule.NoBreak(@"\b\d{1,3}\.", @"\s" + Alternatives(months) + @"\b"),
        SegmentationRule.NoBreak("(?i:" + Alternatives(introducingWords) + @")\s\d{1,3}\.", Space),
    ];

    private static string Alternatives(string[] words) =>
        @"\b(?:" + string.Join('|', words.Select(Regex.Escape)) + ")";
}
