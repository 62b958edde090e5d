using System.Collections.Frozen;
using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>
/// A translation far shorter or longer than its language usually writes the source is often a sentence left out or
/// pasted twice. Lengths are visible characters (no tags, spaces, addresses or phone numbers); Chinese counts its
/// characters, which carry a word or half of one each, hence its much lower norm.
/// </summary>
internal sealed class LengthCheck : ITranslationCheck
{
    public const string Code = "check.length";

    // Characters per English character in the reference translations of the sample release (press-release-2018-01-16,
    // segments over 20 characters): French 1.16, German 1.13, Luxembourgish 1.13, Chinese 0.33 (0.24 to 0.36 per segment).
    // A pair's norm is the target's over the source's, so French to German expects 1.13 / 1.16.
    private static readonly FrozenDictionary<Language, double> PerEnglishCharacter = new Dictionary<Language, double>
    {
        [Language.En] = 1.00, [Language.Fr] = 1.16, [Language.De] = 1.13, [Language.Lb] = 1.13, [Language.Zh] = 0.33,
    }.ToFrozenDictionary();

    // Per-segment ratios in the sample stay within 0.75 and 1.25 of their norm; half or double the norm is "far outside".
    private const double Band = 2.0;

    // Under this, a name or a label's wording alone swings the ratio ("Mobile:" / "Handy:").
    private const int ShortSource = 20;

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var source = Visible(pair.VisibleSource);
        if (source < ShortSource)
        {
            yield break;
        }

        var ratio = (double)Visible(pair.VisibleTarget) / source;
        var norm = PerEnglishCharacter[pair.TargetLanguage] / PerEnglishCharacter[pair.SourceLanguage];
        if (ratio < norm / Band || ratio > norm * Band)
        {
            var percent = (int)Math.Round(ratio * 100);
            yield return CheckFinding.Warning(Code, $"The translation is {percent}% of the source's length, far from this language pair's norm.", ("percent", percent));
        }
    }

    private static int Visible(string text) => text.Count(c => !char.IsWhiteSpace(c) && c != '\uFFFC');
}
