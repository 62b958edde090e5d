using System.Globalization;
using System.Xml;
using Translate.Domain.Languages;
using static Translate.Formats.Interchange.InterchangeXml;

namespace Translate.Formats.Interchange;

/// <summary>
/// Writes a bilingual document as XLIFF 1.2 for older CAT tools: a &lt;trans-unit&gt; per segment, &lt;g&gt; for
/// paired codes and &lt;x/&gt; for standalone ones, notes, and Translate's own attributes (release, segment number,
/// block, a link's address, the exact state) in their own namespace, which XLIFF 1.2 allows and tools keep.
/// </summary>
public static class Xliff12Writer
{
    public static void Write(BilingualDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);

        using var xml = CreateWriter(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("xliff", Xliff12Namespace);
        xml.WriteAttributeString("xmlns", Xliff12Namespace);
        xml.WriteAttributeString("xmlns", "translate", null, TranslateNamespace);
        xml.WriteAttributeString("version", "1.2");

        xml.WriteStartElement("file", Xliff12Namespace);
        xml.WriteAttributeString("original", document.Original);
        xml.WriteAttributeString("source-language", document.SourceLanguage.Tag());
        xml.WriteAttributeString("target-language", document.TargetLanguage.Tag());
        xml.WriteAttributeString("datatype", "plaintext");
        WriteOwn(xml, "release-id", document.ReleaseId);
        WriteOwn(xml, "version", document.Version?.ToString(CultureInfo.InvariantCulture));
        xml.WriteStartElement("body", Xliff12Namespace);
        foreach (var unit in document.Units)
        {
            WriteUnit(xml, unit);
        }

        xml.WriteEndDocument();
    }

    private static void WriteUnit(XmlWriter xml, BilingualUnit unit)
    {
        xml.WriteStartElement("trans-unit", Xliff12Namespace);
        xml.WriteAttributeString("id", unit.Id);
        xml.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
        WriteOwn(xml, "segment", unit.SegmentNumber?.ToString(CultureInfo.InvariantCulture));
        WriteOwn(xml, "block", unit.BlockId);
        WriteOwn(xml, "block-kind", unit.BlockKind?.ToString());
        WriteOwn(xml, "base-version", unit.BaseVersion?.ToString(CultureInfo.InvariantCulture));

        WriteContent(xml, "source", unit.Source, state: null);
        if (unit.Target is { } target)
        {
            WriteContent(xml, "target", target, Xliff12States.Write(unit.State));
        }

        foreach (var note in unit.Notes)
        {
            xml.WriteElementString("note", Xliff12Namespace, note);
        }

        xml.WriteEndElement();
    }

    private static void WriteContent(XmlWriter xml, string element, InlineText text, (string State, string? Own)? state)
    {
        xml.WriteStartElement(element, Xliff12Namespace);
        if (state is var (name, own))
        {
            xml.WriteAttributeString("state", name);
            WriteOwn(xml, "state", own);
        }

        InlineContent.Write(xml, text, code => WriteOpening(xml, code), xml.WriteFullEndElement, code => WriteStandalone(xml, code));
        xml.WriteFullEndElement();
    }

    private static void WriteOpening(XmlWriter xml, OpeningCode code)
    {
        xml.WriteStartElement("g", Xliff12Namespace);
        xml.WriteAttributeString("id", code.Id);
        WriteKind(xml, code.Kind);
        WriteOwn(xml, "href", code.Href);
    }

    private static void WriteStandalone(XmlWriter xml, StandaloneCode code)
    {
        xml.WriteStartElement("x", Xliff12Namespace);
        xml.WriteAttributeString("id", code.Id);
        WriteKind(xml, code.Kind);
        xml.WriteEndElement();
    }

    private static void WriteKind(XmlWriter xml, InlineKind kind)
    {
        if (Xliff12Codes.Write(kind) is { } ctype)
        {
            xml.WriteAttributeString("ctype", ctype);
        }
    }

    private static void WriteOwn(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteAttributeString("translate", name, TranslateNamespace, value);
        }
    }
}
