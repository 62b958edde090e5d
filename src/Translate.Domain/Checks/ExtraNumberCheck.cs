namespace Translate.Domain.Checks;

/// <summary>
/// A number in the translation that the source does not have is a typo or an invention; read as <see cref="NumberCheck"/>
/// reads numbers, so 3,5 in French is the source's 3.5 and a date's digits belong to the date.
/// </summary>
internal sealed class ExtraNumberCheck : ITranslationCheck
{
    public const string Code = "check.number-extra";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var left = pair.SourceNumbers.Select(n => n.Value).ToList();
        foreach (var number in pair.TargetNumbers.Where(n => !left.Remove(n.Value)))
        {
            yield return CheckFinding.Warning(Code, $"The number {number.Written} is not in the source.", ("number", number.Written));
        }
    }
}
