namespace Translate.Application.Checks;

/// <summary>What the checks find in a language: errors (which block submitting it), warnings, and how many of those were acknowledged.</summary>
public sealed record CheckSummary(int Errors, int Warnings, int AcknowledgedWarnings)
{
    public static readonly CheckSummary None = new(0, 0, 0);

    public bool IsClean => Errors == 0 && Warnings == 0;

    public static CheckSummary Of(IEnumerable<CheckView> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var all = checks.ToList();
        return new CheckSummary(all.Count(c => c.IsError), all.Count(c => !c.IsError), all.Count(c => c.IsAcknowledged));
    }
}
