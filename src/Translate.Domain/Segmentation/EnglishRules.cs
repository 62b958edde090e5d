namespace Translate.Domain.Segmentation;

/// <summary>English short forms. "etc." is left out: it often ends a sentence, and mid-sentence
/// the lowercase rule keeps it.</summary>
internal static class EnglishRules
{
    public static IReadOnlyList<SegmentationRule> Rules { get; } =
    [
        LatinRules.Abbreviations(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "Hon", "Rev",
            "e.g", "i.e", "cf", "vs", "approx", "Dept",
            "Jan", "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
        LatinRules.AbbreviationsBeforeNumber("No", "Nos", "Art", "Fig", "Vol", "p", "pp"),
    ];
}
