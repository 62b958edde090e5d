namespace Translate.Domain.Segmentation;

/// <summary>
/// One SRX-style rule: at a position where <see cref="Before"/> matches the text ending there and
/// <see cref="After"/> matches the text starting there, the first matching rule decides whether the
/// sentence ends (<see cref="IsBreak"/>) or goes on.
/// </summary>
internal sealed record SegmentationRule(bool IsBreak, string Before, string After)
{
    public static SegmentationRule Break(string before, string after) => new(true, before, after);

    public static SegmentationRule NoBreak(string before, string after) => new(false, before, after);
}
