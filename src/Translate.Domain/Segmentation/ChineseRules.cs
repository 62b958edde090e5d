namespace Translate.Domain.Segmentation;

/// <summary>Chinese ends a sentence at 。！？ with no space after; a Latin period (as in
/// "SpaceResources.lu计划" or "Dr. Smith") never does.</summary>
internal static class ChineseRules
{
    private const string Closer = @"[”’」』）》〕】""')\]]";

    public static IReadOnlyList<SegmentationRule> Rules { get; } =
    [
        // The closing quotes or brackets after 。 stay; a following mark (？！) continues the run.
        SegmentationRule.Break($"[。！？]{Closer}{{0,3}}", @"[^。！？!?”’」』）》〕】""')\]]"),
    ];
}
