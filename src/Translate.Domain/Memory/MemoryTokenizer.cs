using System.Globalization;

namespace Translate.Domain.Memory;

/// <summary>
/// Splits a tagged segment text into the tokens that match scoring counts, in the CAT-tool manner: words and numbers
/// (with inner apostrophes and hyphens, and inner <c>. , :</c> between digits: "3.5", "1,000", "9:30"), every other
/// non-space character on its own (punctuation), every inline tag as one token, and Chinese one Han character a token.
/// An instance also gives tokens integer ids, so that edit distance compares numbers, not strings; its vocabulary only
/// grows through <see cref="Ids"/> and is not thread-safe: <see cref="TranslationMemory"/> guards it with its lock.
/// </summary>
public sealed class MemoryTokenizer
{
    // The keys of tags say only their kind: a tag renumbered is the same tag for edit distance.
    internal const string OpeningKey = "<#>";
    internal const string ClosingKey = "</#>";
    internal const string StandaloneKey = "<#/>";

    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);

    /// <summary>How many distinct token keys the vocabulary holds.</summary>
    public int VocabularySize => vocabulary.Count;

    /// <summary>The tokens of a text; whitespace only separates, and is remembered as <see cref="MemoryToken.SpaceBefore"/>.</summary>
    public static IReadOnlyList<MemoryToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<MemoryToken>(text.Length / 5 + 1);
        var space = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            var length = TagLength(text, i);
            string? key = null;
            if (length > 0)
            {
                key = text[i + 1] == '/' ? ClosingKey : text[i + length - 2] == '/' ? StandaloneKey : OpeningKey;
            }
            else
            {
                // A word or number; else a Han character or a punctuation mark, one character (or a surrogate pair).
                length = IsWordCharacter(text[i]) ? WordLength(text, i) : char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            var raw = text.Substring(i, length);

            // Lower-casing gives back the same string when there is nothing to lower, so most words cost one string.
            tokens.Add(new MemoryToken(key ?? raw.ToLowerInvariant(), raw, space && tokens.Count > 0));
            space = false;
            i += length;
        }

        return tokens;
    }

    /// <summary>The token ids of a text kept in the memory; new keys join the vocabulary.</summary>
    public int[] Ids(string text) => Ids(Tokenize(text));

    /// <summary>The ids of tokens already split (outside any lock); new keys join the vocabulary.</summary>
    public int[] Ids(IReadOnlyList<MemoryToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!vocabulary.TryGetValue(tokens[i].Key, out ids[i]))
            {
                ids[i] = vocabulary.Count;
                vocabulary.Add(tokens[i].Key, ids[i]);
            }
        }

        return ids;
    }

    /// <summary>
    /// The token ids of a text looked up, without growing the vocabulary (safe beside other readers): a key the
    /// memory has never seen gets a negative id of its own, equal only to itself.
    /// </summary>
    public int[] QueryIds(string text) => QueryIds(Tokenize(text));

    /// <summary>The ids of a query's tokens already split, as <see cref="QueryIds(string)"/>.</summary>
    public int[] QueryIds(IReadOnlyList<MemoryToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var ids = new int[tokens.Count];
        Dictionary<string, int>? unknown = null;
        for (var i = 0; i < ids.Length; i++)
        {
            if (vocabulary.TryGetValue(tokens[i].Key, out var id))
            {
                ids[i] = id;
                continue;
            }

            unknown ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (!unknown.TryGetValue(tokens[i].Key, out ids[i]))
            {
                ids[i] = -1 - unknown.Count;
                unknown.Add(tokens[i].Key, ids[i]);
            }
        }

        return ids;
    }

    /// <summary>The length of the inline tag starting at <paramref name="start"/> (<c>&lt;1&gt;</c>, <c>&lt;/1&gt;</c>, <c>&lt;1/&gt;</c>), or 0.</summary>
    private static int TagLength(string text, int start)
    {
        if (text[start] != '<')
        {
            return 0;
        }

        var i = start + 1;
        var closing = i < text.Length && text[i] == '/';
        if (closing)
        {
            i++;
        }

        // Ids 1 to 999 without leading zeros, as InlineTags writes them.
        var digits = i;
        if (i >= text.Length || text[i] is < '1' or > '9')
        {
            return 0;
        }

        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - digits < 3)
        {
            i++;
        }

        if (!closing && i < text.Length && text[i] == '/')
        {
            i++;
        }

        return i < text.Length && text[i] == '>' ? i + 1 - start : 0;
    }

    private static int WordLength(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            if (IsWordCharacter(text[i]))
            {
                i++;
            }
            else if (i + 1 < text.Length && IsJoiner(text[i - 1], text[i]) && IsWordCharacter(text[i + 1])
                     && (char.IsAsciiDigit(text[i + 1]) || !IsNumberJoiner(text[i])))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i - start;
    }

    // Apostrophes and hyphens join letters and digits ("Ministry's", "extra-atmosphérique"); . , : join digits only.
    private static bool IsJoiner(char before, char c) =>
        c is '\'' or '\u2019' or '-' || (IsNumberJoiner(c) && char.IsAsciiDigit(before));

    private static bool IsNumberJoiner(char c) => c is '.' or ',' or ':';

    private static bool IsWordCharacter(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return true;
        }

        if (c < 128 || char.IsSurrogate(c) || IsHan(c))
        {
            return false;
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    // Han characters of the Basic Multilingual Plane; those beyond it are surrogate pairs, one token each anyway.
    private static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');
}
