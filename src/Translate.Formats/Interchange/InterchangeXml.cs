using System.Text;
using System.Xml;

namespace Translate.Formats.Interchange;

/// <summary>Namespaces and writer settings shared by the interchange formats.</summary>
internal static class InterchangeXml
{
    public const string Xliff2Namespace = "urn:oasis:names:tc:xliff:document:2.0";
    public const string Xliff12Namespace = "urn:oasis:names:tc:xliff:document:1.2";
    public const string MetadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0";

    /// <summary>Translate's own attributes where XLIFF 1.2 has no place for what Translate knows.</summary>
    public const string TranslateNamespace = "urn:x-translate:interchange";

    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>UTF-8 without a byte-order mark; indented for people, which mixed content (source, target) is not.</summary>
    public static XmlWriter CreateWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return XmlWriter.Create(stream, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CloseOutput = false,
        });
    }
}
