using System.Text;
using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats.Tests;

public class SourceFilesTests
{
    [Theory]
    [InlineData("release.txt", SourceFormat.PlainText)]
    [InlineData("RELEASE.TXT", SourceFormat.PlainText)]
    [InlineData("release.md", SourceFormat.Markdown)]
    [InlineData("release.docx", null)]
    [InlineData("release.txt.exe", null)]
    [InlineData("release", null)]
    public void FormatOf_FileName_IsTheFormatItsExtensionSays(string fileName, SourceFormat? expected) =>
        Assert.Equal(expected, SourceFiles.FormatOf(fileName));

    [Fact]
    public void DecodeUtf8_ValidTextWithByteOrderMark_GivesTheTextWithoutIt() =>
        Assert.Equal("Lëtzebuerg 卢森堡", SourceFiles.DecodeUtf8([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Lëtzebuerg 卢森堡")]));

    [Fact]
    public void DecodeUtf8_Latin1Bytes_IsNotText() =>
        Assert.Null(SourceFiles.DecodeUtf8(Encoding.Latin1.GetBytes("Lëtzebuerg")));

    [Fact]
    public void Read_Markdown_UsesTheMarkdownReaderAndPlainTextThePlainTextReader()
    {
        const string text = "# Title\n\n*Emphasis.*";

        Assert.Equal([BlockKind.Title, BlockKind.Paragraph], SourceFiles.Read(text, SourceFormat.Markdown, Language.En).Blocks.Select(b => b.Kind));
        Assert.Equal("# Title", SourceFiles.Read(text, SourceFormat.PlainText, Language.En).Blocks[0].Segments.Single());
    }
}
