using System.Text.RegularExpressions;
using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>
/// Chinese text takes full-width punctuation (，。：；！？（）) and no spaces between characters; half-width marks and
/// spaces there are the traces of a Latin keyboard and look broken to a Chinese reader.
/// </summary>
internal sealed partial class ChinesePunctuationCheck : ITranslationCheck
{
    public const string HalfWidthCode = "check.chinese-half-width-punctuation";
    public const string SpaceCode = "check.chinese-space";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        if (pair.TargetLanguage != Language.Zh)
        {
            yield break;
        }

        var text = pair.VisibleTarget;
        foreach (var mark in HalfWidthAfterChinese().Matches(text).Select(m => m.Value).Distinct())
        {
            yield return CheckFinding.Warning(HalfWidthCode, $"Chinese text takes a full-width mark instead of '{mark}'.", ("mark", mark));
        }

        if (SpaceBetweenChinese().IsMatch(text))
        {
            yield return CheckFinding.Warning(SpaceCode, "Chinese characters are written without spaces between them.");
        }
    }

    // Brackets too: a half-width "(" or ")" touching Chinese text wants （）.
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[,.:;!?()]|\((?=\p{IsCJKUnifiedIdeographs})", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex HalfWidthAfterChinese();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs} +\p{IsCJKUnifiedIdeographs}", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SpaceBetweenChinese();
}
