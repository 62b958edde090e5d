using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Translate.Formats.Interchange;

namespace Translate.Formats.Json;

/// <summary>
/// The strict reading of a JSON strings file: one flat object of key → text, UTF-8. Anything else (nested values,
/// duplicate keys, comments, trailing commas, trailing content) is refused, so the file merged back holds exactly
/// the keys it came with.
/// </summary>
internal static class JsonStringsFile
{
    // The object and its values: a nested object or array is seen (and refused by its key) one level deeper.
    private const int MaxDepth = 2;

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <exception cref="DocumentFormatException">The file is too large, not UTF-8, not JSON, or not a flat object of strings.</exception>
    public static IReadOnlyList<JsonString> Read(ReadOnlySpan<byte> content, ReaderLimits limits)
    {
        if (content.Length > limits.MaxBytes)
        {
            throw DocumentProblems.TooLarge(limits.MaxBytes);
        }

        if (!Utf8.IsValid(content))
        {
            throw DocumentProblems.NotUtf8(FileKind.Json);
        }

        content = content.StartsWith(ByteOrderMark) ? content[ByteOrderMark.Length..] : content;
        if (content.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw DocumentProblems.EmptyJson();
        }

        try
        {
            return ReadObject(content);
        }
        catch (JsonException e)
        {
            throw DocumentProblems.NotJson(e);
        }
    }

    private static List<JsonString> ReadObject(ReadOnlySpan<byte> content)
    {
        var reader = new Utf8JsonReader(content, new JsonReaderOptions { MaxDepth = MaxDepth });
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw DocumentProblems.NotAnObject(Describe(reader.TokenType));
        }

        var strings = new List<JsonString>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Text(ref reader, "a key");
            if (!keys.Add(key))
            {
                throw DocumentProblems.DuplicateKey(key);
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw DocumentProblems.ValueNotText(key, Describe(reader.TokenType));
            }

            var value = Text(ref reader, $"the value of \"{key}\"");
            var raw = Encoding.UTF8.GetString(content[(int)reader.TokenStartIndex..(int)reader.BytesConsumed]);
            strings.Add(new JsonString(key, value, raw));
        }

        // Anything but whitespace after the object throws: a JSON strings file is one object.
        _ = reader.Read();

        return strings;
    }

    private static string Text(ref Utf8JsonReader reader, string what)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON but no text.
            throw DocumentProblems.InvalidText(what, e);
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "a nested object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "a text",
        _ => token.ToString(),
    };
}
