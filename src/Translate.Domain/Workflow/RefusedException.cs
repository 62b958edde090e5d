namespace Translate.Domain.Workflow;

/// <summary>A rule of the workflow refused the action; nothing was changed.</summary>
public class RefusedException : Exception
{
    public RefusedException(Refusal refusal)
        : base(refusal.Message) => Refusal = refusal;

    public Refusal Refusal { get; }
}
