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
            throw DocumentProblems.DocumentTooLarge(limits.MaxBytes);
        }

        CheckSignature(content);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            CheckEntries(zip, limits);
        }
        catch (InvalidDataException e)
        {
            throw DocumentProblems.UnreadableZip(e);
        }
    }

    private static void CheckSignature(byte[] content)
    {
        if (content.AsSpan().StartsWith(CompoundFileSignature))
        {
            // Word encrypts password-protected documents into an OLE compound file; old binary .doc files are one too.
            throw DocumentProblems.Encrypted();
        }

        if (content.AsSpan().StartsWith(PdfSignature))
        {
            throw DocumentProblems.PdfNotWord();
        }

        if (!content.AsSpan().StartsWith(ZipSignature))
        {
            throw DocumentProblems.NotAZipPackage();
        }
    }

    private static void CheckEntries(ZipArchive zip, ReaderLimits limits)
    {
        if (zip.Entries.Count > limits.MaxZipEntries)
        {
            throw DocumentProblems.TooManyEntries(zip.Entries.Count, limits.MaxZipEntries);
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            DocxEntryNames.Check(entry.FullName);
            if (!names.Add(entry.FullName))
            {
                throw DocumentProblems.EntryTwice(entry.FullName);
            }

            if (entry.Length > limits.MaxUncompressedBytes)
            {
                throw DocumentProblems.EntryDeclaresTooMuch(entry.FullName, entry.Length, limits.MaxUncompressedBytes);
            }
        }

        var budget = new InflationBudget(limits);
        var typesEntry = zip.GetEntry(DocxContentTypes.EntryName)
            ?? throw DocumentProblems.NoContentTypes();
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
