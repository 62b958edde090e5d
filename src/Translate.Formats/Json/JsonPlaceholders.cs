using System.Text;
using System.Text.RegularExpressions;
using Translate.Domain.Documents;

namespace Translate.Formats.Json;

/// <summary>
/// A value's .NET composite-format text as tagged text, and back. Placeholders (<c>{0}</c>, <c>{1:N0}</c>,
/// <c>{0,5}</c>) become standalone tags so translators move them but cannot break them; line breaks become
/// standalone tags too, since segmenting folds whitespace; and text that would read as a tag keeps its meaning as
/// one. <c>{{</c> and <c>}}</c> are literal braces. Tag n (per value, in order) stands for code n, its original text.
/// </summary>
internal static partial class JsonPlaceholders
{
    private const int MaxCodes = 999;

    /// <summary>The value as tagged text and the original text of each tag.</summary>
    /// <exception cref="DocumentFormatException">A brace does not open or close a placeholder, or there are too many.</exception>
    public static (string Text, IReadOnlyList<string> Codes) Tag(string key, string value)
    {
        var text = new StringBuilder();
        var codes = new List<string>();
        var position = 0;
        foreach (Match code in Code().Matches(value))
        {
            AppendLiteral(value[position..code.Index]);
            position = code.Index + code.Length;
            if (code.Value is "{{" or "}}")
            {
                text.Append(code.Value[0]);
                continue;
            }

            if (codes.Count == MaxCodes)
            {
                throw DocumentProblems.TooManyPlaceholders(key, MaxCodes);
            }

            text.Append(InlineTags.Standalone(codes.Count + 1));
            codes.Add(code.Value);
        }

        AppendLiteral(value[position..]);
        return (text.ToString(), codes);

        void AppendLiteral(string words)
        {
            var brace = words.IndexOfAny(['{', '}']);
            if (brace >= 0)
            {
                var around = words[brace..Math.Min(words.Length, brace + 12)];
                throw DocumentProblems.MalformedPlaceholder(key, around);
            }

            text.Append(words);
        }
    }

    /// <summary>
    /// A value from tagged text: tag n written as code n, other tags dropped (their words kept), braces escaped.
    /// </summary>
    public static string Rebuild(string text, IReadOnlyList<string> codes)
    {
        var value = new StringBuilder();
        var position = 0;
        foreach (var tag in InlineTags.Find(text))
        {
            AppendWords(text[position..tag.Index]);
            position = tag.Index + tag.Length;
            if (tag.Kind == InlineTagKind.Standalone && tag.Id <= codes.Count)
            {
                value.Append(codes[tag.Id - 1]);
            }
        }

        AppendWords(text[position..]);
        return value.ToString();

        void AppendWords(string words) =>
            value.Append(words.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
    }

    // Escaped braces; a placeholder: index, optional alignment, optional format without braces; a line break; and
    // text shaped like an inline tag.
    [GeneratedRegex(@"\{\{|\}\}|\{\s*\d{1,9}\s*(?:,\s*-?\d{1,9}\s*)?(?::[^{}]*)?\}|\r\n|\n|\r|</?[1-9][0-9]{0,2}/?>",
        RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Code();
}
