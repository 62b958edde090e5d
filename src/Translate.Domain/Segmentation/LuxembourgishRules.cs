namespace Translate.Domain.Segmentation;

/// <summary>Luxembourgish short forms and ordinals. "asw." is left out: it often ends a sentence.</summary>
internal static class LuxembourgishRules
{
    public static IReadOnlyList<SegmentationRule> Rules { get; } =
    [
        LatinRules.Abbreviations(
            "Dr", "Prof", "Hr", "St", "Str", "Nr", "Abs", "Tel", "Mio", "Mrd",
            "z. B", "d. h", "u. a", "bzw", "ca", "vgl", "evtl", "inkl"),
        LatinRules.AbbreviationsBeforeNumber("Art"),
        .. LatinRules.Ordinals(
            ["Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August", "September",
                "Oktober", "November", "Dezember"],
            ["de", "den", "dem", "der", "vum", "vun", "zum", "um", "am", "op", "bis", "säit"]),
    ];
}
