using System.Xml;

namespace Translate.Formats.Docx;

/// <summary>
/// Reads a package's XML parts the safe way before OpenXml sees them: no DTD (so no external entities, no billion
/// laughs), no resolver, and XML errors named with the part.
/// </summary>
internal static class DocxXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
    };

    /// <summary>Reads the whole part, so every byte of it is checked.</summary>
    public static void Check(string name, Stream stream) => Read(name, stream, xml =>
    {
        while (xml.Read())
        {
        }
    });

    public static void Read(string name, Stream stream, Action<XmlReader> read)
    {
        try
        {
            using var xml = XmlReader.Create(stream, Settings);
            read(xml);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw DocumentProblems.PartDeclaresDtd(name, e);
        }
        catch (XmlException e)
        {
            throw DocumentProblems.PartNotWellFormed(name, e);
        }
    }
}
