using System.Text;
using Translate.Domain.Documents;

namespace Translate.Domain.Glossaries;

/// <summary>
/// A segment's text as the matcher reads it: tags stripped, then in <see cref="TermKey"/>'s form twice (as written and
/// lower-cased, of equal length), with the place of each character in the stripped text so hits point into what the reader sees.
/// </summary>
internal sealed class MatchText
{
    private MatchText(string stripped, string value, string lowered, int[] places)
    {
        Stripped = stripped;
        Value = value;
        Lowered = lowered;
        Places = places;
    }

    public string Stripped { get; }

    public string Value { get; }

    public string Lowered { get; }

    private int[] Places { get; }

    public static MatchText Of(string taggedText)
    {
        ArgumentNullException.ThrowIfNull(taggedText);
        var stripped = InlineTags.Strip(taggedText);
        var value = new StringBuilder(stripped.Length);
        var places = new List<int>(stripped.Length);
        for (var i = 0; i < stripped.Length; i++)
        {
            var c = stripped[i];
            if (char.IsWhiteSpace(c))
            {
                if (value.Length > 0 && value[^1] == ' ')
                {
                    continue;
                }

                c = ' ';
            }

            value.Append(TermKey.Fold(c));
            places.Add(i);
        }

        var text = value.ToString();
        return new MatchText(stripped, text, string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = char.ToLowerInvariant(t[i]);
            }
        }), [.. places]);
    }

    /// <summary>Whether <paramref name="key"/> (a <see cref="TermKey"/>) is written at <paramref name="start"/>, as a whole word where words have spaces.</summary>
    public bool Has(string key, bool caseSensitive, int start)
    {
        var end = start + key.Length;
        return end <= Value.Length
            && (caseSensitive ? Value : Lowered).AsSpan(start, key.Length).SequenceEqual(key)
            && !(start > 0 && TermKey.IsWordCharacter(Value[start - 1]) && TermKey.IsWordCharacter(key[0]))
            && !(end < Value.Length && TermKey.IsWordCharacter(Value[end]) && TermKey.IsWordCharacter(key[^1]));
    }

    /// <summary>Whether <paramref name="key"/> is written anywhere in the text, as <see cref="Has"/> reads it.</summary>
    public bool Contains(string key, bool caseSensitive)
    {
        var haystack = caseSensitive ? Value : Lowered;
        for (var at = haystack.IndexOf(key, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            if (Has(key, caseSensitive, at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Start and length in the stripped text of <paramref name="length"/> characters from <paramref name="start"/> of <see cref="Value"/>.</summary>
    public (int Start, int Length) Place(int start, int length)
    {
        var first = Places[start];
        return (first, Places[start + length - 1] + 1 - first);
    }
}
