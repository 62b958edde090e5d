namespace Translate.Domain.Workflow;

/// <summary>
/// Why a rule refused an action: a stable <see cref="Code"/> for the UI to translate,
/// the values it speaks of, and an English sentence for logs and tests.
/// </summary>
public sealed record Refusal(string Code, string Message, IReadOnlyDictionary<string, string> Values)
{
    public override string ToString() => $"{Code}: {Message}";
}
