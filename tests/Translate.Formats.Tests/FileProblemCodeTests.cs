using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Docx;
using Translate.Formats.Interchange;

namespace Translate.Formats.Tests;

/// <summary>Hostile files of the corpus refused with the problem code (and values) the UI words, beside the English message.</summary>
public class FileProblemCodeTests
{
    [Theory]
    [InlineData("zip-bomb.docx", "file.unsafe.zip-bomb")]
    [InlineData("too-many-entries.docx", "file.unsafe.zip-bomb")]
    [InlineData("encrypted.docx", "file.encrypted")]
    [InlineData("macro-enabled.docx", "file.unsafe.macros")]
    [InlineData("xxe-external-entity.docx", "file.unsafe.dtd")]
    [InlineData("not-a-zip.docx", "file.not-a-word-document")]
    [InlineData("truncated.docx", "file.damaged")]
    [InlineData("path-traversal.docx", "file.unsafe.entry-name")]
    public void WordDocument_HostileFile_GivesItsCode(string file, string code)
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", "hostile", file));

        var refusal = Assert.Throws<DocumentFormatException>(() => DocxDocument.Read(content, Language.En, ReaderLimits.Default));

        Assert.Equal(code, refusal.Problem?.Code);
    }

    [Fact]
    public void WordDocument_PdfRenamed_SaysWhatItIsAndWhatItsNameSays()
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", "hostile", "pdf-renamed.docx"));

        var refusal = Assert.Throws<DocumentFormatException>(() => DocxDocument.Read(content, Language.En, ReaderLimits.Default));

        Assert.Equal("file.wrong-kind", refusal.Problem?.Code);
        Assert.Equal([FileKind.Pdf, FileKind.WordDocument], refusal.Problem!.Values.Values);
    }

    [Theory]
    [InlineData("word-document-named.txt", SourceFormat.PlainText, FileKind.ZipArchive)]
    [InlineData("pdf-named.md", SourceFormat.Markdown, FileKind.Pdf)]
    [InlineData("nul-bytes.txt", SourceFormat.PlainText, FileKind.BinaryData)]
    public void SourceFile_NotWhatItsNameSays_GivesWrongKindWithBothKinds(string file, SourceFormat format, FileKind actual)
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sources", "hostile", file));

        var refusal = Assert.Throws<DocumentFormatException>(() => SourceFiles.Read(content, format, Language.En, ReaderLimits.Default));

        Assert.Equal("file.wrong-kind", refusal.Problem?.Code);
        Assert.Equal(actual, refusal.Problem!.Values["actual"]);
    }

    [Fact]
    public void SourceFile_NotUtf8_GivesItsCodeAndKeepsTheEnglishMessage()
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sources", "hostile", "latin1.txt"));

        var refusal = Assert.Throws<DocumentFormatException>(() => SourceFiles.Read(content, SourceFormat.PlainText, Language.En, ReaderLimits.Default));

        Assert.Equal("file.not-utf8", refusal.Problem?.Code);
        Assert.StartsWith("The file is not valid UTF-8 plain text", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("duplicate-unit-ids.xlf", "xliff.duplicate-unit", new object[] { 5, "s7" })]
    [InlineData("wrong-version.xlf", "interchange.wrong-version", new object[] { 2, "XLIFF", "3.0", "2.0, 2.1, 2.2" })]
    [InlineData("ec-without-sc.xlf", "interchange.broken-inline", new object[] { 4, "s1" })]
    [InlineData("unknown-state.xlf", "interchange.unknown-state", new object[] { 3, "s1", "approved" })]
    [InlineData("xxe-external-entity.xlf", "file.unsafe.dtd", new object[0])]
    [InlineData("not-xml.xlf", "file.malformed", new object[] { 1 })]
    public void Xliff_HostileFile_GivesItsCodeWithLineAndUnit(string file, string code, object[] values)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Interchange", "hostile", file));

        var refusal = Assert.Throws<InterchangeFormatException>(() => Xliff2Reader.Read(stream, ReaderLimits.Default, Language.En, Language.Fr));

        Assert.Equal(code, refusal.Problem?.Code);
        Assert.Equal(values, refusal.Problem!.Values.Values);
    }

    [Fact]
    public void Xliff_OfAnotherTargetLanguage_GivesBothLanguages()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Interchange", "hostile", "unexpected-target-language.xlf"));

        var refusal = Assert.Throws<InterchangeFormatException>(() => Xliff2Reader.Read(stream, ReaderLimits.Default, Language.En, Language.Fr));

        Assert.Equal("interchange.unexpected-target-language", refusal.Problem?.Code);
        Assert.Equal([2, Language.De, Language.Fr], refusal.Problem!.Values.Values);
    }

    [Theory]
    [InlineData("missing-source-variant.tmx", "interchange.unit-incomplete")]
    [InlineData("bad-date.tmx", "interchange.invalid-value")]
    [InlineData("not-tmx.tmx", "interchange.wrong-root")]
    public void Tmx_HostileFile_GivesItsCode(string file, string code)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Interchange", "hostile", file));

        var refusal = Assert.Throws<InterchangeFormatException>(() => TmxReader.Read(stream, ReaderLimits.Default, Language.En));

        Assert.Equal(code, refusal.Problem?.Code);
    }
}
