namespace Translate.Domain.Workflow;

/// <summary>The acting person lacks the role, language or assignment the action needs.</summary>
public sealed class ForbiddenException(Refusal refusal) : RefusedException(refusal);
