using Translate.Domain.Releases;

namespace Translate.Application.Assignments;

/// <summary>
/// A source segment and whom it is assigned to in the language. The segment itself is kept so that the page can
/// preview a split with the domain's own planner.
/// </summary>
public sealed record AssignableSegment(Segment Segment, string Opening, string? AssigneeId, string? AssigneeName);
