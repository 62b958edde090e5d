using System.Xml;
using Translate.Application.Exports;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;

namespace Translate.Application.Exchange;

/// <summary>Bilingual and memory files as bytes, with the names and content types they are downloaded under.</summary>
public static class InterchangeFiles
{
    public const string XliffContentType = "application/xliff+xml";
    public const string TmxContentType = "application/x-tmx+xml";

    private const string Xliff12Namespace = "urn:oasis:names:tc:xliff:document:1.2";

    public static string XliffFileName(string slug, Language source, Language target) => $"{slug}-{source.Code()}-{target.Code()}.xlf";

    public static string TmxFileName(string slug) => $"{slug}.tmx";

    public static ExportFile Xliff(string slug, BilingualDocument document, XliffVersion version)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        if (version == XliffVersion.Xliff12)
        {
            Xliff12Writer.Write(document, stream);
        }
        else
        {
            Xliff2Writer.Write(document, stream);
        }

        return new ExportFile(XliffFileName(slug, document.SourceLanguage, document.TargetLanguage), XliffContentType, stream.ToArray());
    }

    public static ExportFile Tmx(string slug, IReadOnlyCollection<TranslationMemoryEntry> entries)
    {
        using var stream = new MemoryStream();
        TmxWriter.Write(entries, stream);
        return new ExportFile(TmxFileName(slug), TmxContentType, stream.ToArray());
    }

    /// <summary>Reads XLIFF 1.2 or 2.x, whichever the root element says, in the expected languages.</summary>
    /// <exception cref="InterchangeFormatException">The file is not such an XLIFF file.</exception>
    public static BilingualDocument ReadXliff(byte[] bytes, ReaderLimits limits, Language source, Language target)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return IsXliff12(bytes)
            ? Xliff12Reader.Read(stream, limits, source, target)
            : Xliff2Reader.Read(stream, limits, source, target);
    }

    // Only the root element is looked at; anything odd (a DTD, broken XML) is left to the XLIFF 2 reader to name.
    private static bool IsXliff12(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var xml = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            xml.MoveToContent();
            return xml.NamespaceURI == Xliff12Namespace;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
