namespace Translate.Formats.Interchange;

/// <summary>An interchange file refused: its message names the problem and, where known, the line and the unit.</summary>
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

    internal InterchangeFormatException(string problem, int? line, string? unitId = null, Exception? innerException = null)
        : base(Describe(problem, line, unitId), innerException)
    {
        LineNumber = line;
        UnitId = unitId;
    }

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
