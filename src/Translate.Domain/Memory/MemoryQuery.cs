using Translate.Domain.Languages;

namespace Translate.Domain.Memory;

/// <summary>
/// What a translator's current segment asks of the memory: matches for its source text from the source into the
/// target language, at least <see cref="MinimumScore"/>, the best <see cref="MaximumResults"/>. The neighbouring
/// source texts, when given, turn an exact match with the same neighbours into a 101% in-context match.
/// </summary>
public sealed record MemoryQuery(string SourceText, Language SourceLanguage, Language TargetLanguage)
{
    public const int DefaultMinimumScore = 50;

    public const int DefaultMaximumResults = 5;

    public string SourceText { get; init; } = SourceText ?? throw new ArgumentNullException(nameof(SourceText));

    public string? PreviousSourceText { get; init; }

    public string? NextSourceText { get; init; }

    /// <summary>From 1 (the index needs at least one shared token) to 101 (in-context matches only).</summary>
    public int MinimumScore
    {
        get;
        init => field = value is >= 1 and <= MatchScorer.InContext
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumScore), value, "A minimum score is from 1 to 101.");
    } = DefaultMinimumScore;

    public int MaximumResults
    {
        get;
        init => field = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaximumResults), value, "At least one result is asked for.");
    } = DefaultMaximumResults;
}
