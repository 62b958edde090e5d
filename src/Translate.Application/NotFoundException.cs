using Translate.Domain.Workflow;

namespace Translate.Application;

/// <summary>What the caller asked for does not exist (or no longer does); the refusal says what, for the UI to word.</summary>
public sealed class NotFoundException(Refusal refusal) : Exception(refusal.Message)
{
    public Refusal Refusal { get; } = refusal;
}
