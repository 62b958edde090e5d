namespace Translate.Domain.Checks;

/// <summary>A finding of the checks, with the acknowledgement that covers it when it is a warning someone let stand.</summary>
public sealed record CheckResult(CheckFinding Finding, CheckAcknowledgement? Acknowledgement)
{
    public bool IsError => Finding.Severity == CheckSeverity.Error;

    public bool IsAcknowledged => Acknowledgement is not null;

    public string ValuesKey => CheckAcknowledgement.KeyOf(Finding);
}

/// <summary>What the checks find in the translation of one segment.</summary>
public sealed record SegmentChecks(Guid SegmentId, int Number, IReadOnlyList<CheckResult> Results)
{
    public bool HasErrors => Results.Any(r => r.IsError);
}
