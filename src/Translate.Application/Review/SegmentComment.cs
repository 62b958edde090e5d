namespace Translate.Application.Review;

/// <summary>A segment an editor sends back, and what to change.</summary>
public sealed record SegmentComment(Guid SegmentId, string Comment);
