using Translate.Domain.Workflow;

namespace Translate.Application;

/// <summary>
/// What the caller asked for does not exist (or no longer does): a refusal like the others, with its code and sentence,
/// that an endpoint may still answer apart (404).
/// </summary>
public sealed class NotFoundException(Refusal refusal) : RefusedException(refusal);
