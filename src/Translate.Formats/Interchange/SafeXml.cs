using System.Xml;
using System.Xml.Linq;

namespace Translate.Formats.Interchange;

/// <summary>
/// The one way interchange readers open XML: no DTD (so no external entities and no entity expansion), no resolver,
/// a size limit, and every XML error turned into an <see cref="InterchangeFormatException"/> naming the line.
/// </summary>
internal static class SafeXml
{
    public static T Read<T>(Stream stream, ReaderLimits limits, Func<XmlReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);

        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxBytes)
        {
            throw InterchangeProblems.TooLarge(limits.MaxBytes);
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        try
        {
            using var limited = new CountingStream(stream, (read, _) =>
            {
                if (read > limits.MaxBytes)
                {
                    throw InterchangeProblems.TooLarge(limits.MaxBytes);
                }
            }, leaveOpen: true);
            using var xml = XmlReader.Create(limited, settings);
            return read(xml);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw InterchangeProblems.DeclaresDtd(e);
        }
        catch (XmlException e)
        {
            throw InterchangeProblems.NotWellFormed(e);
        }
    }

    /// <summary>The element the reader is on, loaded whole with line numbers; the reader moves past it.</summary>
    public static XElement LoadElement(XmlReader xml)
    {
        XElement element;
        using (var subtree = xml.ReadSubtree())
        {
            element = XElement.Load(subtree, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }

        xml.Read();
        return element;
    }

    public static int Line(XmlReader xml) => ((IXmlLineInfo)xml).LineNumber;

    public static int Line(XObject node) => ((IXmlLineInfo)node).LineNumber;

    /// <summary>Moves to the next node, skipping the whole element when the reader is on one.</summary>
    public static void Skip(XmlReader xml)
    {
        if (xml.NodeType == XmlNodeType.Element)
        {
            xml.Skip();
        }
        else
        {
            xml.Read();
        }
    }
}
