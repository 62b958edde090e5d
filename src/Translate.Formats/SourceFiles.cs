using System.Globalization;
using System.Text;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Docx;
using Translate.Formats.Html;
using Translate.Formats.Interchange;
using Translate.Formats.Json;

namespace Translate.Formats;

/// <summary>
/// Source documents as editors give them, in every format Translate reads: read into blocks and segments, and
/// rebuilt in another language from the original. Text formats are read in UTF-8 or UTF-16 with a byte-order mark, a
/// web page also in the charset it declares, and any other file must be UTF-8; what is rebuilt is always UTF-8. A file
/// that is not what its name says is refused by its content, whatever its extension.
/// </summary>
public static class SourceFiles
{
    public const string Extensions = ".docx,.html,.htm,.json,.md,.txt";

    /// <summary>The extensions as people read them in a message: ".docx, .html, .htm, .json, .md, .txt".</summary>
    public static string ExtensionList { get; } = Extensions.Replace(",", ", ", StringComparison.Ordinal);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The format a file name says (.txt, .md, .html or .htm, .docx, .json); anything else is none.</summary>
    public static SourceFormat? FormatOf(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".TXT" => SourceFormat.PlainText,
            ".MD" or ".MARKDOWN" => SourceFormat.Markdown,
            ".HTML" or ".HTM" => SourceFormat.Html,
            ".DOCX" => SourceFormat.Docx,
            ".JSON" => SourceFormat.Json,
            _ => null,
        };

    /// <summary>The file extension a rebuilt document of the format is saved with.</summary>
    public static string Extension(this SourceFormat format) => format switch
    {
        SourceFormat.PlainText => "txt",
        SourceFormat.Markdown => "md",
        SourceFormat.Html => "html",
        SourceFormat.Docx => "docx",
        SourceFormat.Json => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format a download's extension names (txt, md, html, docx, json), case-insensitive.</summary>
    public static bool TryParseExtension(string? extension, out SourceFormat format)
    {
        foreach (var candidate in Enum.GetValues<SourceFormat>())
        {
            if (string.Equals(extension, candidate.Extension(), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>The media type of a document in the format, with the charset for text.</summary>
    public static string ContentType(this SourceFormat format) => format switch
    {
        SourceFormat.PlainText => "text/plain; charset=utf-8",
        SourceFormat.Markdown => "text/markdown; charset=utf-8",
        SourceFormat.Html => "text/html; charset=utf-8",
        SourceFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        SourceFormat.Json => "application/json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
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

    /// <summary>Reads text already decoded, in a text format (plain text, Markdown or HTML).</summary>
    public static SegmentedDocument Read(string text, SourceFormat format, Language language) => format switch
    {
        SourceFormat.Markdown => MarkdownReader.Read(text, language),
        SourceFormat.Html => HtmlDocument.Read(text, language),
        SourceFormat.PlainText => PlainTextReader.Read(text, language),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a text format."),
    };

    /// <summary>Reads an uploaded file in its format.</summary>
    /// <exception cref="DocumentFormatException">The file is too large, not what its format says, or broken.</exception>
    public static SegmentedDocument Read(byte[] content, SourceFormat format, Language language, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        EnsureWithin(content, limits);
        return format switch
        {
            SourceFormat.Docx => DocxDocument.Read(content, language, limits),
            SourceFormat.Json => JsonStringsDocument.Read(EnsureNotBinary(content, format), language, limits),
            _ => Read(TextOf(content, format), format, language),
        };
    }

    /// <summary>
    /// The original document rebuilt in the target language: the translated document has the original's blocks and
    /// segments, each segment translated.
    /// </summary>
    /// <exception cref="DocumentFormatException">The original is unreadable or the translation does not fit it.</exception>
    public static byte[] Merge(
        byte[] original, SourceFormat format, Language sourceLanguage, SegmentedDocument translated, Language targetLanguage, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(translated);
        ArgumentNullException.ThrowIfNull(limits);
        EnsureWithin(original, limits);
        return format switch
        {
            SourceFormat.Docx => DocxDocument.Merge(original, sourceLanguage, translated, targetLanguage, limits),
            SourceFormat.Json => JsonStringsDocument.Merge(EnsureNotBinary(original, format), sourceLanguage, translated, targetLanguage, limits),
            SourceFormat.Markdown => StrictUtf8.GetBytes(MarkdownDocument.Merge(TextOf(original, format), sourceLanguage, translated, targetLanguage)),
            SourceFormat.Html => StrictUtf8.GetBytes(HtmlDocument.Merge(TextOf(original, format), sourceLanguage, translated, targetLanguage)),
            _ => StrictUtf8.GetBytes(PlainTextWriter.Write(translated, targetLanguage)),
        };
    }

    private static void EnsureWithin(byte[] content, ReaderLimits limits)
    {
        if (content.Length > limits.MaxBytes)
        {
            throw DocumentProblems.TooLarge(limits.MaxBytes);
        }
    }

    /// <summary>
    /// The text of a file in a text format (see <see cref="TextEncodings"/> for the encodings read), refused when its
    /// content says it is something else.
    /// </summary>
    private static string TextOf(byte[] content, SourceFormat format)
    {
        var kind = KindOf(format);
        if (TextEncodings.ByteOrderMark(content) is { } mark)
        {
            var text = TextEncodings.Decode(content, mark) ?? throw DocumentProblems.NotUtf8(kind);
            return text.Contains('\0', StringComparison.Ordinal) ? throw DocumentProblems.WrongKind(FileKind.BinaryData, kind) : text.TrimStart('\uFEFF');
        }

        EnsureNotBinary(content, format);
        return format == SourceFormat.Html && TextEncodings.DeclaredByPage(content) is { } declared
            ? declared.GetString(content)
            : DecodeUtf8(content) ?? throw DocumentProblems.NotUtf8(kind);
    }

    /// <summary>The content of a file in a text format, refused when its first bytes say it is something else.</summary>
    private static byte[] EnsureNotBinary(byte[] content, SourceFormat format) =>
        BinaryKind(content) is { } binary
            ? throw DocumentProblems.WrongKind(binary, KindOf(format))
            : content;

    private static FileKind KindOf(SourceFormat format) => format switch
    {
        SourceFormat.Markdown => FileKind.Markdown,
        SourceFormat.Html => FileKind.Html,
        SourceFormat.Json => FileKind.Json,
        _ => FileKind.PlainText,
    };

    /// <summary>What a binary file is, by its first bytes, or null when it may be text.</summary>
    private static FileKind? BinaryKind(ReadOnlySpan<byte> content) => content switch
    {
        [0x50, 0x4B, 0x03, 0x04, ..] => FileKind.ZipArchive,
        [0x25, 0x50, 0x44, 0x46, ..] => FileKind.Pdf,
        [0xD0, 0xCF, 0x11, 0xE0, ..] => FileKind.OldOfficeDocument,
        _ when content.Contains((byte)0) => FileKind.BinaryData,
        _ => null,
    };
}
