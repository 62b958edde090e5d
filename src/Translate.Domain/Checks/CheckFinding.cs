using Translate.Domain.Workflow;

namespace Translate.Domain.Checks;

/// <summary>
/// What a check found in a translation: a stable <see cref="Code"/> for the UI to translate, the values it speaks of
/// (in the order its sentence names them), and an English sentence for logs and tests.
/// </summary>
public sealed record CheckFinding(string Code, CheckSeverity Severity, IReadOnlyDictionary<string, object> Values, string Message)
{
    internal static CheckFinding Error(string code, string message, params (string Name, object Value)[] values) =>
        new(code, CheckSeverity.Error, Refusal.Ordered(values), message);

    internal static CheckFinding Warning(string code, string message, params (string Name, object Value)[] values) =>
        new(code, CheckSeverity.Warning, Refusal.Ordered(values), message);

    public override string ToString() => $"{Severity} {Code}: {Message}";
}
