using System.Text.RegularExpressions;
using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>
/// French typography puts a no-break space before : ; ! ? and inside « », so that the mark never starts a line; an
/// ordinary space lets it wrap, and no space at all is the English habit.
/// </summary>
internal sealed partial class FrenchSpacingCheck : ITranslationCheck
{
    public const string Code = "check.french-no-break-space";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        if (pair.TargetLanguage != Language.Fr)
        {
            yield break;
        }

        var text = pair.VisibleTarget;
        foreach (Match mark in Mark().Matches(text))
        {
            var (before, after) = (Before(text, mark.Index), After(text, mark.Index));
            var spaced = mark.Value == "«" ? NoBreak(after) : NoBreak(before) || Exempt(before, after);
            if (!spaced)
            {
                yield return CheckFinding.Warning(Code, $"French needs a no-break space by '{mark.Value}'.", ("mark", mark.Value));
            }
        }
    }

    // "?!" is one mark, "10:30" a time, and a mark opening the text has nothing to keep it from.
    private static bool Exempt(char? before, char? after) =>
        before is null or '!' or '?' || (char.IsDigit(before.Value) && after is { } next && char.IsDigit(next));

    private static bool NoBreak(char? c) => c is '\u00A0' or '\u202F';

    private static char? Before(string text, int index) => index > 0 ? text[index - 1] : null;

    private static char? After(string text, int index) => index + 1 < text.Length ? text[index + 1] : null;

    [GeneratedRegex("[:;!?«»]", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Mark();
}
