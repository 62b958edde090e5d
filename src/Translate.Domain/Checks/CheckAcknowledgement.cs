using System.Globalization;

namespace Translate.Domain.Checks;

/// <summary>
/// A warning someone looked at and let stand, with their reason. It covers the finding while the checks raise the
/// same code with the same values: a later edit that keeps the same problem keeps it, a new problem is not covered.
/// </summary>
public sealed class CheckAcknowledgement
{
    public const int MaxReasonLength = 500;

    private CheckAcknowledgement()
    {
        Code = ValuesKey = Reason = AuthorId = string.Empty;
    }

    internal CheckAcknowledgement(string code, string valuesKey, string reason, string authorId, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        Code = code;
        ValuesKey = valuesKey;
        Reason = reason;
        AuthorId = authorId;
        At = at;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    /// <summary>The finding's values as <see cref="KeyOf"/> writes them.</summary>
    public string ValuesKey { get; private set; }

    public string Reason { get; private set; }

    public string AuthorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>A finding's values as one stable string (names and values, culture-invariant), to know it again later.</summary>
    public static string KeyOf(CheckFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return string.Join("\n", finding.Values.Select(v => v.Key + "=" + Convert.ToString(v.Value, CultureInfo.InvariantCulture)));
    }

    public bool Covers(CheckFinding finding) => finding.Code == Code && KeyOf(finding) == ValuesKey;
}
