using System.IO.Compression;
using Translate.Domain.Languages;
using Translate.Formats.Docx;
using Translate.Formats.Interchange;
using static Translate.Formats.Tests.Docx.DocxFixtures;

namespace Translate.Formats.Tests.Docx;

/// <summary>
/// The corpus under Fixtures/Docx/hostile (written by make-hostile.py there): every file refused, by both reading and
/// merging, with a message naming its problem.
/// </summary>
public class DocxHostileFileTests
{
    [Theory]
    [InlineData("not-a-zip.docx", "The file is not a Word document (.docx): it is not a zip package")]
    [InlineData("pdf-renamed.docx", "The file is a PDF, not a Word document (.docx)")]
    [InlineData("encrypted.docx", "The document is encrypted or password-protected")]
    [InlineData("truncated.docx", "The document is not a readable zip package")]
    [InlineData("xlsx-renamed.docx", "The file is an Excel workbook, not a Word document: it has no main document part of the WordprocessingML type")]
    [InlineData("macro-enabled.docx", "The document contains macros (a macro-enabled .docm): refused")]
    [InlineData("path-traversal.docx", "The document's entry name '../../evil.xml' climbs out of the package with '../'")]
    [InlineData("absolute-path.docx", "The document's entry name '/etc/evil.xml' is an absolute path")]
    [InlineData("backslash-name.docx", "The document's entry name 'word\\document.xml' contains a backslash")]
    [InlineData("duplicate-entry.docx", "The document's entry 'word/document.xml' appears more than once")]
    [InlineData("too-many-entries.docx", "The document has 1,004 entries, more than the limit of 1,000")]
    [InlineData("xxe-external-entity.docx", "The document's part 'word/document.xml' declares a DTD (<!DOCTYPE>), which is refused")]
    [InlineData("billion-laughs.docx", "The document's part 'word/styles.xml' declares a DTD (<!DOCTYPE>), which is refused")]
    [InlineData("zip-bomb.docx", "The document's entry 'word/document.xml' inflates to more than 200 times its compressed size (a zip bomb?)")]
    // The entry claims 100 bytes: inflation stops there, so the part is cut short rather than inflated to 30 MB.
    [InlineData("lying-size.docx", "The document's part 'word/document.xml' is not well-formed XML")]
    public void Read_HostileFile_IsRefusedNamingTheProblem(string file, string expected)
    {
        var content = Bytes("hostile/" + file);

        var refusal = Assert.Throws<DocumentFormatException>(() => DocxDocument.Read(content, Language.En, ReaderLimits.Default));

        Assert.StartsWith(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zip-bomb.docx")]
    [InlineData("xxe-external-entity.docx")]
    [InlineData("macro-enabled.docx")]
    public void Merge_HostileOriginal_IsRefusedToo(string file)
    {
        var content = Bytes("hostile/" + file);

        Assert.Throws<DocumentFormatException>(
            () => DocxDocument.Merge(content, Language.En, new([]), Language.Fr, ReaderLimits.Default));
    }

    [Fact]
    public void Read_LargerThanTheLimit_IsRefusedBeforeOpening()
    {
        var refusal = Assert.Throws<DocumentFormatException>(
            () => DocxDocument.Read(Rich, Language.En, ReaderLimits.Default with { MaxBytes = 1_000 }));

        Assert.Equal("The document is larger than the limit of 1,000 bytes", refusal.Message);
    }

    [Fact]
    public void Read_EntryDeclaringMoreThanTheBudget_IsRefusedBeforeInflating()
    {
        var refusal = Assert.Throws<DocumentFormatException>(
            () => DocxDocument.Read(Rich, Language.En, ReaderLimits.Default with { MaxUncompressedBytes = 2_000 }));

        Assert.StartsWith("The document's entry 'word/document.xml' declares", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InflatingPastTheTotalBudget_IsRefused()
    {
        // Every entry fits the budget on its own; together they do not.
        using var zip = new ZipArchive(new MemoryStream(Rich), ZipArchiveMode.Read);
        var largest = zip.Entries.Max(e => e.Length);

        var refusal = Assert.Throws<DocumentFormatException>(
            () => DocxDocument.Read(Rich, Language.En, ReaderLimits.Default with { MaxUncompressedBytes = largest }));

        Assert.StartsWith($"The document inflates to more than {largest:N0} bytes (a zip bomb?)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenXml_ItselfProhibitsDtds_SoADocumentPastOurCheckCouldNotExpandEntities()
    {
        // The second line of defence: OpenXml's own XML readers refuse the DTD that our check refuses first.
        var content = Bytes("hostile/xxe-external-entity.docx");

        var failure = Record.Exception(() => Inspect(content, d => d.MainDocumentPart!.Document!.Body!.InnerText));

        Assert.NotNull(failure);
        Assert.Contains("DTD", failure.Message, StringComparison.Ordinal);
    }
}
