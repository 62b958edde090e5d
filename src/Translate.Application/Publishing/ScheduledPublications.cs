using Translate.Domain.Workflow;

namespace Translate.Application.Publishing;

/// <summary>What a run of scheduled publication did: releases published, and those whose publication was refused.</summary>
public sealed record ScheduledPublications(IReadOnlyList<Guid> Published, IReadOnlyList<(Guid ReleaseId, Refusal Refusal)> Refused);
