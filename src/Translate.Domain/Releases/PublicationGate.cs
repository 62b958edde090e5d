using Translate.Domain.Languages;

namespace Translate.Domain.Releases;

/// <summary>Whether a release may be published now, and if not, every reason (per language where it is one).</summary>
public sealed record PublicationGate(IReadOnlyList<GateReason> Reasons)
{
    public bool IsOpen => Reasons.Count == 0;
}

/// <summary>
/// One reason publication is refused; <see cref="Language"/> is set when the reason is a language's.
/// Like a <see cref="Workflow.Refusal"/>: a code for the UI, its values in sentence order, the English sentence.
/// </summary>
public sealed record GateReason(Language? Language, string Code, string Message, IReadOnlyDictionary<string, object> Values);
