using Translate.Application.Exports;
using Translate.Domain.Glossaries;
using Translate.Formats.Glossaries;
using Translate.Formats.Interchange;

namespace Translate.Application.Glossaries;

/// <summary>Glossary files: which format an upload is (by its name, else by its first character), reading and writing them.</summary>
internal static class GlossaryFiles
{
    public const string TbxContentType = "application/x-tbx+xml";
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static GlossaryFileFormat FormatOf(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        if (extension is ".TBX" or ".XML")
        {
            return GlossaryFileFormat.Tbx;
        }

        if (extension is ".CSV")
        {
            return GlossaryFileFormat.Csv;
        }

        var first = content.SkipWhile(b => b is 0xEF or 0xBB or 0xBF || char.IsWhiteSpace((char)b)).FirstOrDefault();
        return first == (byte)'<' ? GlossaryFileFormat.Tbx : GlossaryFileFormat.Csv;
    }

    /// <summary>The whole file read, or <see cref="InterchangeFormatException"/> naming its problem.</summary>
    public static GlossaryImport Read(string fileName, byte[] content, ReaderLimits limits)
    {
        using var stream = new MemoryStream(content, writable: false);
        return FormatOf(fileName, content) == GlossaryFileFormat.Tbx ? TbxReader.Read(stream, limits) : GlossaryCsvReader.Read(stream, limits);
    }

    public static ExportFile Write(IReadOnlyList<GlossaryEntry> entries, GlossaryFileFormat format)
    {
        using var stream = new MemoryStream();
        if (format == GlossaryFileFormat.Tbx)
        {
            TbxWriter.Write(stream, entries);
            return new ExportFile("glossary.tbx", TbxContentType, stream.ToArray());
        }

        GlossaryCsvWriter.Write(stream, entries);
        return new ExportFile("glossary.csv", CsvContentType, stream.ToArray());
    }
}
