namespace Translate.Domain.Segmentation;

/// <summary>French short forms ("Mme" takes no period, but is often given one).</summary>
internal static class FrenchRules
{
    public static IReadOnlyList<SegmentationRule> Rules { get; } =
    [
        LatinRules.Abbreviations(
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Pr", "St", "Ste",
            "p. ex", "c.-à-d", "cf", "env", "av", "bd", "tél", "Tél", "chap", "éd"),
        LatinRules.AbbreviationsBeforeNumber("art", "Art", "no", "No", "n", "p", "vol", "fig"),
    ];
}
