using System.Text.RegularExpressions;

namespace Translate.Domain.Checks;

/// <summary>A translation equal to its source is usually a forgotten segment, unless there was nothing to translate.</summary>
internal sealed partial class IdenticalTargetCheck : ITranslationCheck
{
    public const string Code = "check.identical";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var source = pair.Source.Trim();
        if (source.Length > 0 && source == pair.Target.Trim() && !NothingToTranslate(source))
        {
            yield return CheckFinding.Warning(Code, "The translation is the same as the source.");
        }
    }

    // Left after removing addresses: nothing but numbers and symbols, or a few capitalised words (a name, an acronym)
    // not ending like a sentence or a label, since "Pressekontakt:" is a German noun, not a name.
    private static bool NothingToTranslate(string source)
    {
        var rest = TextPatterns.WithoutAddresses(source).TrimEnd();
        if (rest.Length > 0 && ".:;!?。：；！？".Contains(rest[^1], StringComparison.Ordinal))
        {
            return Word().Count(rest) == 0;
        }

        var words = Word().Matches(rest).Select(m => m.Value).ToList();
        return words.Count == 0 || (words.Count <= 4 && words.All(w => char.IsUpper(w[0])));
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’.-]*", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Word();
}
