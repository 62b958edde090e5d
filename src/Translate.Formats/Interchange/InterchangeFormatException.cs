namespace Translate.Formats.Interchange;

/// <summary>
/// An interchange file refused: its message names the problem and, where known, the line and the unit, in English;
/// <see cref="Problem"/> carries its code and values for the UI (see <see cref="InterchangeProblems"/>).
/// </summary>
public sealed class InterchangeFormatException : FormatException
{
    public InterchangeFormatException()
    {
    }

    public InterchangeFormatException(string message)
        : base(message)
    {
    }

    public InterchangeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal InterchangeFormatException(FileProblem? problem, string text, int? line, string? unitId, Exception? innerException = null)
        : base(Describe(text, line, unitId), innerException)
    {
        Problem = problem;
        LineNumber = line;
        UnitId = unitId;
    }

    /// <summary>The problem's code and values, or null for a refusal made without one.</summary>
    public FileProblem? Problem { get; }

    public int? LineNumber { get; }

    public string? UnitId { get; }

    private static string Describe(string problem, int? line, string? unitId)
    {
        var where = (line, unitId) switch
        {
            (> 0, not null) => $" (line {line}, unit '{unitId}')",
            (> 0, null) => $" (line {line})",
            (_, not null) => $" (unit '{unitId}')",
            _ => "",
        };
        return problem.TrimEnd('.') + where + ".";
    }
}
