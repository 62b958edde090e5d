using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>
/// The n-rule (Eifeler Regel) of Luxembourgish: a word's final -n or -nn is dropped before a word that starts with a
/// consonant other than n, d, t, z, h, and kept before a vowel, before those five, and before any punctuation
/// ("den Owend", "den Dag", but "de Kader"; "vun der", but "vu China"). Only a closed list of words whose two forms are
/// unambiguous is checked: nouns keep a final n that is part of the word (Mann, Kommunikatioun, Studentin), names and
/// loanwords follow their own sound, so flagging every final n would bury translators in false alarms.
/// </summary>
internal sealed partial class LuxembourgishNRuleCheck : ITranslationCheck
{
    public const string DropCode = "check.n-rule-drop";
    public const string KeepCode = "check.n-rule-keep";

    // Articles, pronouns, prepositions and conjunctions, capitalised at a sentence's start.
    private static readonly FrozenDictionary<string, string> FullForms = new Dictionary<string, string>
    {
        ["den"] = "de", ["en"] = "e", ["an"] = "a", ["un"] = "u", ["vun"] = "vu", ["wann"] = "wa", ["keen"] = "kee",
        ["deen"] = "dee", ["hien"] = "hie", ["mäin"] = "mäi", ["däin"] = "däi", ["säin"] = "säi",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ShortForms = FullForms.Values.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Auxiliary verbs, lower-case only, so that the noun "Sinn" (sense) is not taken for the verb "sinn".
    private static readonly FrozenSet<string> FullVerbs = FrozenSet.Create(StringComparer.Ordinal, "hunn", "sinn", "kënnen", "wëllen", "mussen");

    // Before these the drop is optional (wann si / wa si), so neither form is wrong.
    private static readonly FrozenSet<string> OptionalBefore = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "säin", "si", "se", "seng", "sou", "sech");

    private const string Vowels = "aeiouäëéèêöüûïîàâô";

    private const string KeepingConsonants = "ndtzh";

    // C, j and y sound as ts, tsch, dj or a vowel in the loanwords that start with them (den Check-in, den James), so they decide nothing.
    private const string UndecidedConsonants = "cjy";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        if (pair.TargetLanguage != Language.Lb)
        {
            yield break;
        }

        foreach (Match m in WordThenWord().Matches(pair.VisibleTarget))
        {
            var (word, next) = (m.Groups["word"].Value, m.Groups["next"].Value);
            if (Undecided(next))
            {
                continue;
            }

            var keeps = Keeps(char.ToLowerInvariant(next[0]));
            var words = $"{word} {next}";
            if (!keeps && (FullForms.ContainsKey(word) || FullVerbs.Contains(word)))
            {
                yield return CheckFinding.Warning(DropCode, $"Luxembourgish drops the final n before this consonant: '{words}'.", ("words", words));
            }
            else if (keeps && ShortForms.Contains(word))
            {
                yield return CheckFinding.Warning(KeepCode, $"Luxembourgish keeps the final n here: '{words}'.", ("words", words));
            }
        }
    }

    private static bool Keeps(char first) => Vowels.Contains(first, StringComparison.Ordinal) || KeepingConsonants.Contains(first, StringComparison.Ordinal);

    // An acronym is read letter by letter (den SMS: "ess"), and a number as its spoken word: both decided by sound alone.
    private static bool Undecided(string next) =>
        !char.IsLetter(next[0])
        || UndecidedConsonants.Contains(char.ToLowerInvariant(next[0]), StringComparison.Ordinal)
        || OptionalBefore.Contains(next)
        || next.StartsWith("s'", StringComparison.OrdinalIgnoreCase) || next.StartsWith("s’", StringComparison.OrdinalIgnoreCase)
        || (next.Length > 1 && char.IsUpper(next[1]));

    // Two words with only spaces between them: punctuation between words stops the rule.
    [GeneratedRegex(@"(?<![\p{L}\p{M}'’-])(?<word>\p{L}+)(?=[ \u00A0]+(?<next>[\p{L}\d][\p{L}\p{M}\d'’-]*))", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex WordThenWord();
}
