using System.Text;
using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats;

/// <summary>Source texts as editors give them: pasted or uploaded as .txt or .md, always UTF-8.</summary>
public static class SourceFiles
{
    public const string Extensions = ".txt,.md";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The format a file name says: .txt is plain text, .md is Markdown; anything else is none.</summary>
    public static SourceFormat? FormatOf(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".TXT" => SourceFormat.PlainText,
            ".MD" => SourceFormat.Markdown,
            _ => null,
        };

    /// <summary>The text of UTF-8 bytes (a byte-order mark dropped), or null when they are not valid UTF-8.</summary>
    public static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public static SegmentedDocument Read(string text, SourceFormat format, Language language) => format switch
    {
        SourceFormat.Markdown => MarkdownReader.Read(text, language),
        _ => PlainTextReader.Read(text, language),
    };
}
