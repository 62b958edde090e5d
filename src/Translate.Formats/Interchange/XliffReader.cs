using System.Xml;
using Translate.Domain.Languages;

namespace Translate.Formats.Interchange;

/// <summary>Reads an XLIFF file of either version, 1.2 or 2.x, whichever its root element says.</summary>
public static class XliffReader
{
    private const string Xliff12Namespace = "urn:oasis:names:tc:xliff:document:1.2";

    /// <exception cref="InterchangeFormatException">The file is not such an XLIFF file, or not in the expected languages.</exception>
    public static BilingualDocument Read(byte[] bytes, ReaderLimits limits, Language? expectedSource = null, Language? expectedTarget = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        return IsXliff12(bytes)
            ? Xliff12Reader.Read(stream, limits, expectedSource, expectedTarget)
            : Xliff2Reader.Read(stream, limits, expectedSource, expectedTarget);
    }

    // Only the root element is looked at; anything odd (a DTD, broken XML) is left to the XLIFF 2 reader to name.
    private static bool IsXliff12(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var xml = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            xml.MoveToContent();
            return xml.NamespaceURI == Xliff12Namespace || xml.GetAttribute("version") == "1.2";
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
