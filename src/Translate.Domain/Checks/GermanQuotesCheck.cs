using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>
/// German quotes open low and close high: „so“. Straight "…" and English “…” are the marks of another keyboard;
/// » « guillemets are also German and left alone.
/// </summary>
internal sealed class GermanQuotesCheck : ITranslationCheck
{
    public const string Code = "check.german-quotes";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        if (pair.TargetLanguage != Language.De)
        {
            yield break;
        }

        foreach (var mark in Foreign(pair.VisibleTarget).Distinct())
        {
            yield return CheckFinding.Warning(Code, $"German quotation marks are „…“, not '{mark}'.", ("mark", mark.ToString()));
        }
    }

    // A “ closes an open „; any other “, every ” and every straight " is foreign.
    private static IEnumerable<char> Foreign(string text)
    {
        var open = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '„':
                    open++;
                    break;
                case '“' when open > 0:
                    open--;
                    break;
                case '“' or '”' or '"':
                    yield return c;
                    break;
            }
        }
    }
}
