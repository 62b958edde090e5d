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
            throw TooLarge(limits.MaxBytes);
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
                    throw TooLarge(limits.MaxBytes);
                }
            }, leaveOpen: true);
            using var xml = XmlReader.Create(limited, settings);
            return read(xml);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new InterchangeFormatException(
                "The file declares a DTD (<!DOCTYPE>), which is refused: it could read other files or expand entities without end",
                e.LineNumber, innerException: e);
        }
        catch (XmlException e)
        {
            throw new InterchangeFormatException($"The file is not well-formed XML: {e.Message}", line: null, innerException: e);
        }
    }

    private static InterchangeFormatException TooLarge(long maxBytes) =>
        new($"The file is larger than the limit of {maxBytes:N0} bytes", line: null);

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
