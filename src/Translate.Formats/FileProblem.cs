namespace Translate.Formats;

/// <summary>
/// Why a file was refused: a stable <see cref="Code"/> for the UI to translate and the values its sentence names,
/// in the order the sentence names them (line numbers, unit ids, keys, limits in bytes, kinds of file).
/// The exception's English message is for logs, the command line and tests.
/// </summary>
public sealed record FileProblem(string Code, IReadOnlyDictionary<string, object> Values)
{
    internal static FileProblem Create(string code, params (string Name, object Value)[] values) =>
        new(code, new OrderedDictionary<string, object>(values.Select(v => KeyValuePair.Create(v.Name, v.Value))));
}
