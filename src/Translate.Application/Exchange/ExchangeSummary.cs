using Translate.Domain.Languages;
using Translate.Domain.Workflow;

namespace Translate.Application.Exchange;

/// <summary>What an uploaded XLIFF file changed, unit by unit, in segment order.</summary>
public sealed record ExchangeSummary(string Slug, Language Language, IReadOnlyList<UnitOutcome> Units)
{
    public int Applied => Units.Count(u => u.Result == UnitResult.Applied);

    public int Unchanged => Units.Count(u => u.Result == UnitResult.Unchanged);

    public int Refused => Units.Count(u => u.Result == UnitResult.Refused);
}

public enum UnitResult
{
    Applied,
    Unchanged,
    Refused,
}

/// <summary>
/// One unit of an upload: the text Translate had (<see cref="CurrentText"/>: for a conflict, the text saved meanwhile)
/// and the file's (<see cref="UploadedText"/>), and for a refused unit why.
/// </summary>
public sealed record UnitOutcome(int SegmentNumber, UnitResult Result, string CurrentText, string UploadedText, Refusal? Refusal = null)
{
    public bool IsConflict => Refusal?.Code == ExchangeRefusals.ConflictCode;
}
