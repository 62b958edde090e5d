namespace Translate.Domain.Checks;

/// <summary>An empty translation would publish a hole in the release.</summary>
internal sealed class EmptyTargetCheck : ITranslationCheck
{
    public const string Code = "check.empty";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        if (string.IsNullOrWhiteSpace(pair.Target) && !string.IsNullOrWhiteSpace(pair.Source))
        {
            yield return CheckFinding.Error(Code, "The translation is empty.");
        }
    }
}
