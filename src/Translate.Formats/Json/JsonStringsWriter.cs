using System.Globalization;
using System.Text;

namespace Translate.Formats.Json;

/// <summary>
/// Writes a JSON strings file in the style of the app's locales: two-space indent, one key a line, "\n" line ends
/// and one at the end, UTF-8 without a byte-order mark, every character as itself except what JSON must escape.
/// </summary>
/// <remarks>
/// Written by hand because System.Text.Json's encoders escape more than JSON requires, even the most relaxed one:
/// no-break spaces (which French puts before colons) and characters beyond the BMP would come out as \u escapes.
/// </remarks>
internal static class JsonStringsWriter
{
    /// <summary>The file of the keys in order, each with its value already written as a JSON string.</summary>
    public static byte[] Write(IEnumerable<(string Key, string JsonValue)> entries)
    {
        var json = new StringBuilder("{");
        var first = true;
        foreach (var (key, value) in entries)
        {
            json.Append(first ? "\n  " : ",\n  ").Append(Quote(key)).Append(": ").Append(value);
            first = false;
        }

        json.Append(first ? "}\n" : "\n}\n");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(json.ToString());
    }

    /// <summary>A text as a JSON string: quotes, backslashes and control characters escaped, lone surrogates too.</summary>
    public static string Quote(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                case '\b':
                    json.Append("\\b");
                    break;
                case '\f':
                    json.Append("\\f");
                    break;
                case < ' ':
                    json.Append(Escaped(c));
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    json.Append(c).Append(text[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    json.Append(Escaped(c));
                    break;
                default:
                    json.Append(c);
                    break;
            }
        }

        return json.Append('"').ToString();
    }

    private static string Escaped(char c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
}
