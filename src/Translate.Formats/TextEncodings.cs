using System.Text;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Translate.Formats;

/// <summary>
/// The encodings text files come in, as people save them: a byte-order mark wins (UTF-8, UTF-16 LE or BE), then, for a
/// web page, the charset it declares, found by the HTML encoding-sniffing rules as AngleSharp applies them; otherwise
/// the file must be UTF-8. A mark or a bare UTF-8 file is decoded strictly, so a file in another encoding is refused,
/// not garbled.
/// </summary>
internal static class TextEncodings
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The encoding a byte-order mark says and the mark's length, or null when the content starts with none.</summary>
    public static (Encoding Encoding, int Length)? ByteOrderMark(ReadOnlySpan<byte> content) => content switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
        [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, 2),
        [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, 2),
        _ => null,
    };

    /// <summary>The text after a byte-order mark, or null when it is not valid in the encoding the mark says.</summary>
    public static string? Decode(ReadOnlySpan<byte> content, (Encoding Encoding, int Length) mark)
    {
        try
        {
            return mark.Encoding.GetString(content[mark.Length..]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The encoding a page without a byte-order mark declares (a meta charset or http-equiv), or null for UTF-8 or none.</summary>
    public static Encoding? DeclaredByPage(byte[] content)
    {
        // Given no encoding, AngleSharp sniffs it from the bytes.
        using var page = new HtmlParser().ParseDocument(content.AsMemory(), null!);
        var declared = TextEncoding.Resolve(page.CharacterSet);

        // It also guesses windows-1252 for a page that is not UTF-8 and declares nothing; such a page is refused.
        var declares = page.QuerySelectorAll("meta").Any(meta =>
            meta.HasAttribute("charset") || meta.GetAttribute("content")?.Contains("charset", StringComparison.OrdinalIgnoreCase) == true);
        return declares && !TextEncoding.IsUnicode(declared) ? declared : null;
    }
}
