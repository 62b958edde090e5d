namespace Translate.Domain.Checks;

/// <summary>Stray spaces show in print as gaps and misaligned lines; the source's own spacing is taken as intended.</summary>
internal sealed class WhitespaceCheck : ITranslationCheck
{
    public const string LeadingCode = "check.leading-space";
    public const string TrailingCode = "check.trailing-space";
    public const string DoubleCode = "check.double-space";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var (source, target) = (pair.Source, pair.Target);
        if (Leading(target) && !Leading(source))
        {
            yield return CheckFinding.Warning(LeadingCode, "The translation starts with a space.");
        }

        if (Trailing(target) && !Trailing(source))
        {
            yield return CheckFinding.Warning(TrailingCode, "The translation ends with a space.");
        }

        if (Double(target) && !Double(source))
        {
            yield return CheckFinding.Warning(DoubleCode, "The translation has a double space.");
        }
    }

    private static bool Leading(string text) => text.Length > 0 && char.IsWhiteSpace(text[0]);

    private static bool Trailing(string text) => text.Length > 0 && char.IsWhiteSpace(text[^1]);

    private static bool Double(string text) => text.Trim().Contains("  ", StringComparison.Ordinal);
}
