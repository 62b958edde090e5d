using Translate.Domain.Releases;

namespace Translate.Domain.Workflow;

/// <summary>The publication gate is closed; <see cref="Gate"/> lists every reason, per language.</summary>
public sealed class PublicationRefusedException(PublicationGate gate)
    : RefusedException(Refusals.PublicationRefused(gate))
{
    public PublicationGate Gate { get; } = gate;
}
