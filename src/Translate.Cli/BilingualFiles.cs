using System.Xml;
using Translate.Formats.Interchange;

namespace Translate.Cli;

/// <summary>The bilingual formats the tool writes and reads: XLIFF 2.1 (the default) and XLIFF 1.2.</summary>
public static class BilingualFiles
{
    public const string Xliff2 = "xliff2";
    public const string Xliff12 = "xliff12";

    public static void Write(BilingualDocument document, string format, Stream stream)
    {
        if (format == Xliff12)
        {
            Xliff12Writer.Write(document, stream);
        }
        else
        {
            Xliff2Writer.Write(document, stream);
        }
    }

    /// <summary>Reads XLIFF 1.2 or 2.x, whichever the root element's namespace says.</summary>
    public static BilingualDocument Read(byte[] bytes, ReaderLimits limits)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return IsXliff12(bytes)
            ? Xliff12Reader.Read(stream, limits)
            : Xliff2Reader.Read(stream, limits);
    }

    // Only the root element is looked at; anything odd (a DTD, broken XML) is left to the XLIFF 2 reader to name.
    private static bool IsXliff12(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var xml = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            xml.MoveToContent();
            return xml.NamespaceURI == InterchangeXml12Namespace || xml.GetAttribute("version") == "1.2";
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private const string InterchangeXml12Namespace = "urn:oasis:names:tc:xliff:document:1.2";
}
