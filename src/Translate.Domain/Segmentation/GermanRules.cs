namespace Translate.Domain.Segmentation;

/// <summary>German short forms and ordinals. "usw." is left out: it often ends a sentence.</summary>
internal static class GermanRules
{
    public static IReadOnlyList<SegmentationRule> Rules { get; } =
    [
        LatinRules.Abbreviations(
            "Dr", "Prof", "Hr", "Hrn", "Fr", "Dipl", "Ing", "St", "Str", "Nr", "Abs", "Tel", "Mio", "Mrd",
            "z. B", "d. h", "u. a", "z. T", "bzw", "ca", "vgl", "evtl", "ggf", "inkl", "sog", "Jh"),
        LatinRules.AbbreviationsBeforeNumber("Art", "Bd"),
        .. LatinRules.Ordinals(
            ["Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                "Oktober", "November", "Dezember"],
            ["am", "im", "vom", "zum", "beim", "bis", "seit", "der", "die", "das", "den", "dem", "des"]),
    ];
}
