namespace Translate.Domain.Memory;

/// <summary>A unit offered for a query with its score: 101 in context, 100 exact, below that fuzzy.</summary>
public sealed record MemoryMatch(MemoryUnit Unit, int Score)
{
    /// <summary>
    /// The order of matches, best first: higher score, then the newer approval, then the id, so that equal
    /// matches always come in the same order.
    /// </summary>
    public static IComparer<MemoryMatch> BestFirst { get; } = Comparer<MemoryMatch>.Create(static (x, y) =>
    {
        var order = y.Score.CompareTo(x.Score);
        if (order == 0)
        {
            order = y.Unit.ApprovedAt.CompareTo(x.Unit.ApprovedAt);
        }

        return order != 0 ? order : x.Unit.Id.CompareTo(y.Unit.Id);
    });

    /// <summary>
    /// Whether a unit's neighbours are the query's (whitespace folded), which makes an exact match 101. Null stands
    /// for the start or the end of a document, so it matches only null; a unit that knows neither neighbour (an
    /// imported one) is never in context.
    /// </summary>
    public static bool InContext(MemoryQuery query, MemoryUnit unit)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(unit);
        return (unit.PreviousSourceText is not null || unit.NextSourceText is not null)
            && MatchScorer.SameText(query.PreviousSourceText, unit.PreviousSourceText)
            && MatchScorer.SameText(query.NextSourceText, unit.NextSourceText);
    }
}
