using System.Text;
using AngleSharp.Html.Parser;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;

namespace Translate.Formats.Tests;

/// <summary>Text and web pages in the encodings people save them in: a byte-order mark wins, then a page's declared charset, then UTF-8.</summary>
public class TextEncodingTests
{
    private const string Release = "Été 2018 à Luxembourg. Le ministère signe l'accord.";

    public static TheoryData<SourceFormat, string> Unicode => new()
    {
        { SourceFormat.PlainText, "utf-16le" },
        { SourceFormat.PlainText, "utf-16be" },
        { SourceFormat.Markdown, "utf-16le" },
        { SourceFormat.Html, "utf-16le" },
        { SourceFormat.Html, "utf-16be" },
        { SourceFormat.Html, "utf-8" },
    };

    [Theory]
    [MemberData(nameof(Unicode))]
    public void Read_WithAByteOrderMark_IsReadInTheEncodingItSays(SourceFormat format, string encoding)
    {
        var text = format == SourceFormat.Html ? $"<!DOCTYPE html><html><body><p>{Release}</p></body></html>" : Release;
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes(text)).ToArray();

        var document = SourceFiles.Read(bytes, format, Language.Fr, ReaderLimits.Default);

        Assert.Equal(["Été 2018 à Luxembourg.", "Le ministère signe l'accord."], document.Segments);
    }

    [Fact]
    public void Read_AByteOrderMarkBeforeAnotherDeclaredCharset_Wins()
    {
        var page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Été.</p></body></html>";
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(page)).ToArray();

        Assert.Equal(["Été."], SourceFiles.Read(bytes, SourceFormat.Html, Language.Fr, ReaderLimits.Default).Segments);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")]
    public void Read_APageInTheLegacyCharsetItDeclares_IsReadInIt(string declaration)
    {
        var document = SourceFiles.Read(Windows1252Page(declaration), SourceFormat.Html, Language.Fr, ReaderLimits.Default);

        Assert.Equal(["Été 2018 : 5 € à Luxembourg."], document.Segments);
    }

    [Fact]
    public void Merge_APageInWindows1252_IsWrittenInUtf8WithItsDeclarationUpdated()
    {
        var original = Windows1252Page("<meta charset=\"windows-1252\">");
        var english = new SegmentedDocument([new SegmentedBlock(BlockKind.Paragraph, ["Summer 2018: €5 in Luxembourg — déjà."])]);

        var merged = SourceFiles.Merge(original, SourceFormat.Html, Language.Fr, english, Language.En, ReaderLimits.Default);

        var text = SourceFiles.DecodeUtf8(merged);
        Assert.NotNull(text);
        var page = new HtmlParser().ParseDocument(text);
        Assert.Equal(["utf-8"], page.QuerySelectorAll("meta[charset]").Select(m => m.GetAttribute("charset")));
        Assert.DoesNotContain("1252", text, StringComparison.Ordinal);
        Assert.Equal("Summer 2018: €5 in Luxembourg — déjà.", page.Body!.TextContent.Trim());
    }

    [Fact]
    public void Merge_AUtf16Markdown_IsWrittenInUtf8WithoutAByteOrderMark()
    {
        byte[] original = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("# Été\n\nLe *ministère* signe.\n")];
        var english = new SegmentedDocument([new SegmentedBlock(BlockKind.Title, ["Summer"]), new SegmentedBlock(BlockKind.Paragraph, ["The <1>ministry</1> signs."])]);

        var merged = SourceFiles.Merge(original, SourceFormat.Markdown, Language.Fr, english, Language.En, ReaderLimits.Default);

        Assert.Equal("# Summer\n\nThe *ministry* signs.\n", SourceFiles.DecodeUtf8(merged));
        Assert.Equal((byte)'#', merged[0]);
    }

    [Fact]
    public void Read_Utf16WithoutAByteOrderMark_IsRefusedAsToday()
    {
        var error = Assert.Throws<DocumentFormatException>(() => SourceFiles.Read(Encoding.Unicode.GetBytes(Release), SourceFormat.PlainText, Language.Fr, ReaderLimits.Default));

        Assert.Equal("file.wrong-kind", error.Problem!.Code);
    }

    [Theory]
    [InlineData(SourceFormat.PlainText)]
    [InlineData(SourceFormat.Html)]
    public void Read_Latin1WithoutADeclaration_IsRefusedAsNotUtf8(SourceFormat format)
    {
        var error = Assert.Throws<DocumentFormatException>(() => SourceFiles.Read(Encoding.Latin1.GetBytes("<p>Été.</p>"), format, Language.Fr, ReaderLimits.Default));

        Assert.Equal("file.not-utf8", error.Problem!.Code);
    }

    [Fact]
    public void Read_Utf16WithABrokenSurrogate_IsRefused()
    {
        byte[] broken = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Été"), 0x00, 0xD8, 0x41, 0x00];

        Assert.Throws<DocumentFormatException>(() => SourceFiles.Read(broken, SourceFormat.PlainText, Language.Fr, ReaderLimits.Default));
    }

    /// <summary>A page whose accented letters and euro sign are single windows-1252 bytes.</summary>
    private static byte[] Windows1252Page(string declaration)
    {
        var bytes = Encoding.Latin1.GetBytes($"<!DOCTYPE html><html><head>{declaration}</head><body><p>Été 2018 : 5 ¤ à Luxembourg.</p></body></html>");
        return [.. bytes.Select(b => b == 0xA4 ? (byte)0x80 : b)];
    }
}
