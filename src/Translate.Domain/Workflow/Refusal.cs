namespace Translate.Domain.Workflow;

/// <summary>
/// Why a rule refused an action: a stable <see cref="Code"/> for the UI to translate,
/// the values it speaks of (in the order its sentence names them), and an English sentence for logs and tests.
/// </summary>
public sealed record Refusal(string Code, string Message, IReadOnlyDictionary<string, object> Values)
{
    public static Refusal Create(string code, string message, params (string Name, object Value)[] values) =>
        new(code, message, Ordered(values));

    /// <summary>Values in the order the sentence names them, which is the order of the UI's placeholders {0}, {1}…</summary>
    internal static OrderedDictionary<string, object> Ordered(IEnumerable<(string Name, object Value)> values) =>
        new(values.Select(v => KeyValuePair.Create(v.Name, v.Value)));

    public override string ToString() => $"{Code}: {Message}";
}
