using System.IO.Compression;
using Translate.Formats.Interchange;

namespace Translate.Formats.Docx;

/// <summary>
/// Everything checked before OpenXml opens a package, so a hostile file is refused in bounded time and memory: its
/// size, what it really is, its entry names and count, the bytes it actually inflates to, and DTDs in its XML.
/// </summary>
internal static class DocxPackageCheck
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PdfSignature = "%PDF"u8.ToArray();

    public static void Check(byte[] content, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);

        if (content.Length > limits.MaxBytes)
        {
            throw new DocumentFormatException($"The document is larger than the limit of {limits.MaxBytes:N0} bytes");
        }

        CheckSignature(content);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            CheckEntries(zip, limits);
        }
        catch (InvalidDataException e)
        {
            throw new DocumentFormatException($"The document is not a readable zip package: {e.Message}", e);
        }
    }

    private static void CheckSignature(byte[] content)
    {
        if (content.AsSpan().StartsWith(CompoundFileSignature))
        {
            // Word encrypts password-protected documents into an OLE compound file; old binary .doc files are one too.
            throw new DocumentFormatException(
                "The document is encrypted or password-protected (or an old binary .doc): remove the password and save it as .docx");
        }

        if (content.AsSpan().StartsWith(PdfSignature))
        {
            throw new DocumentFormatException("The file is a PDF, not a Word document (.docx)");
        }

        if (!content.AsSpan().StartsWith(ZipSignature))
        {
            throw new DocumentFormatException("The file is not a Word document (.docx): it is not a zip package");
        }
    }

    private static void CheckEntries(ZipArchive zip, ReaderLimits limits)
    {
        if (zip.Entries.Count > limits.MaxZipEntries)
        {
            throw new DocumentFormatException(
                $"The document has {zip.Entries.Count:N0} entries, more than the limit of {limits.MaxZipEntries:N0}");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            DocxEntryNames.Check(entry.FullName);
            if (!names.Add(entry.FullName))
            {
                throw new DocumentFormatException($"The document's entry '{entry.FullName}' appears more than once");
            }

            if (entry.Length > limits.MaxUncompressedBytes)
            {
                throw new DocumentFormatException(
                    $"The document's entry '{entry.FullName}' declares {entry.Length:N0} bytes, more than the limit of {limits.MaxUncompressedBytes:N0} (a zip bomb?)");
            }
        }

        var budget = new InflationBudget(limits);
        var typesEntry = zip.GetEntry(DocxContentTypes.EntryName)
            ?? throw new DocumentFormatException(
                "The file is not a Word document (.docx): the zip package has no [Content_Types].xml");
        DocxContentTypes types;
        using (var stream = Open(budget, typesEntry))
        {
            types = DocxContentTypes.Read(stream);
            Drain(stream);
        }

        foreach (var entry in zip.Entries.Where(e => e != typesEntry))
        {
            using var stream = Open(budget, entry);
            if (types.IsXml(entry.FullName) && entry.Length > 0)
            {
                DocxXml.Check(entry.FullName, stream);
            }

            Drain(stream);
        }
    }

    private static Stream Open(InflationBudget budget, ZipArchiveEntry entry) =>
        budget.Open(entry.FullName, entry.Open(), entry.CompressedLength);

    private static void Drain(Stream stream)
    {
        var buffer = new byte[81920];
        while (stream.Read(buffer) > 0)
        {
        }
    }
}
