using System.Text;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;

namespace Translate.Formats.Tests;

public class SourceFilesTests
{
    [Theory]
    [InlineData("release.txt", SourceFormat.PlainText)]
    [InlineData("RELEASE.TXT", SourceFormat.PlainText)]
    [InlineData("release.md", SourceFormat.Markdown)]
    [InlineData("release.docx", SourceFormat.Docx)]
    [InlineData("page.htm", SourceFormat.Html)]
    [InlineData("release.pdf", null)]
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

    [Theory]
    [InlineData("word-document-named.txt", "The file is a zip archive (such as a Word document), not plain text as its name says.")]
    [InlineData("pdf-named.md", "The file is a PDF document, not Markdown as its name says.")]
    [InlineData("ole-compound-named.md", "The file is an old-style Office document or an encrypted one, not Markdown as its name says.")]
    [InlineData("nul-bytes.txt", "The file is binary data, not plain text as its name says.")]
    [InlineData("latin1.txt", "The file is not valid UTF-8 plain text: save it as UTF-8 and upload it again.")]
    public void Read_AHostileOrBrokenFile_IsRefusedNamingTheProblem(string fileName, string message)
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sources", "hostile", fileName));
        var format = SourceFiles.FormatOf(fileName)!.Value;

        var refusal = Assert.Throws<DocumentFormatException>(() => SourceFiles.Read(content, format, Language.En, ReaderLimits.Default));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void Read_AFileOverTheLimit_IsRefusedBeforeItIsRead()
    {
        var refusal = Assert.Throws<DocumentFormatException>(() =>
            SourceFiles.Read(Encoding.UTF8.GetBytes("Twelve bytes"), SourceFormat.PlainText, Language.En, new ReaderLimits { MaxBytes = 11 }));

        Assert.Equal("The file is larger than the limit of 11 bytes.", refusal.Message);
    }

    [Fact]
    public void Read_Utf8Bytes_AreReadInTheirFormat()
    {
        var document = SourceFiles.Read(Encoding.UTF8.GetBytes("# Titel\n\nEin Satz. Noch einer."), SourceFormat.Markdown, Language.De, ReaderLimits.Default);

        Assert.Equal(["Titel", "Ein Satz.", "Noch einer."], document.Segments);
    }

    [Fact]
    public void Merge_PlainText_WritesTheTranslationInTheTextLayout()
    {
        var original = Encoding.UTF8.GetBytes("Title\n\nOne. Two.");
        var translated = new SegmentedDocument([new SegmentedBlock(BlockKind.Title, ["Titre"]), new SegmentedBlock(BlockKind.Paragraph, ["Un.", "Deux."])]);

        var merged = SourceFiles.Merge(original, SourceFormat.PlainText, Language.En, translated, Language.Fr, ReaderLimits.Default);

        Assert.Equal("Titre\n\nUn. Deux.", Encoding.UTF8.GetString(merged));
    }
}
