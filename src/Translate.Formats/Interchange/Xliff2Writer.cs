using System.Globalization;
using System.Xml;
using Translate.Domain.Languages;
using static Translate.Formats.Interchange.InterchangeXml;

namespace Translate.Formats.Interchange;

/// <summary>
/// Writes a bilingual document as XLIFF 2.1: one &lt;unit&gt; per segment holding one &lt;segment&gt;, inline codes
/// as &lt;pc&gt; and &lt;ph&gt;, notes, and what Translate knows beyond XLIFF (release, segment number, block) as
/// metadata-module entries, which CAT tools keep and ignore.
/// </summary>
public static class Xliff2Writer
{
    private const string MetadataCategory = "translate";

    public static void Write(BilingualDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);

        using var xml = CreateWriter(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("xliff", Xliff2Namespace);
        xml.WriteAttributeString("xmlns", Xliff2Namespace);
        xml.WriteAttributeString("xmlns", "mda", null, MetadataNamespace);
        xml.WriteAttributeString("version", "2.1");
        xml.WriteAttributeString("srcLang", document.SourceLanguage.Tag());
        xml.WriteAttributeString("trgLang", document.TargetLanguage.Tag());

        xml.WriteStartElement("file", Xliff2Namespace);
        xml.WriteAttributeString("id", "f1");
        xml.WriteAttributeString("original", document.Original);
        WriteMetadata(xml,
            ("release-id", document.ReleaseId),
            ("version", document.Version?.ToString(CultureInfo.InvariantCulture)));
        foreach (var unit in document.Units)
        {
            WriteUnit(xml, unit);
        }

        xml.WriteEndDocument();
    }

    private static void WriteUnit(XmlWriter xml, BilingualUnit unit)
    {
        xml.WriteStartElement("unit", Xliff2Namespace);
        xml.WriteAttributeString("id", unit.Id);
        WriteMetadata(xml,
            ("segment-number", unit.SegmentNumber?.ToString(CultureInfo.InvariantCulture)),
            ("block-id", unit.BlockId),
            ("block-kind", unit.BlockKind?.ToString()),
            ("base-version", unit.BaseVersion?.ToString(CultureInfo.InvariantCulture)));
        if (unit.Notes.Count > 0)
        {
            xml.WriteStartElement("notes", Xliff2Namespace);
            foreach (var note in unit.Notes)
            {
                xml.WriteElementString("note", Xliff2Namespace, note);
            }

            xml.WriteEndElement();
        }

        var links = LinkData(unit);
        WriteOriginalData(xml, links);

        xml.WriteStartElement("segment", Xliff2Namespace);
        var (state, subState) = Xliff2States.Write(unit.State);
        xml.WriteAttributeString("state", state);
        if (subState is not null)
        {
            xml.WriteAttributeString("subState", subState);
        }

        WriteContent(xml, "source", unit.Source, links);
        if (unit.Target is { } target)
        {
            WriteContent(xml, "target", target, links);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteMetadata(XmlWriter xml, params (string Type, string? Value)[] entries)
    {
        if (entries.All(e => e.Value is null))
        {
            return;
        }

        xml.WriteStartElement("mda", "metadata", MetadataNamespace);
        xml.WriteStartElement("mda", "metaGroup", MetadataNamespace);
        xml.WriteAttributeString("category", MetadataCategory);
        foreach (var (type, value) in entries.Where(e => e.Value is not null))
        {
            xml.WriteStartElement("mda", "meta", MetadataNamespace);
            xml.WriteAttributeString("type", type);
            xml.WriteString(value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>A data id per link address of the unit; the closing &lt;/a&gt; shares one id.</summary>
    private static Dictionary<string, string> LinkData(BilingualUnit unit)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = unit.Source.Parts.Concat(unit.Target?.Parts ?? []);
        foreach (var href in parts.OfType<OpeningCode>().Where(c => c.Kind == InlineKind.Link).Select(c => c.Href ?? ""))
        {
            links.TryAdd(href, "d" + (links.Count + 1).ToString(CultureInfo.InvariantCulture));
        }

        return links;
    }

    private static void WriteOriginalData(XmlWriter xml, Dictionary<string, string> links)
    {
        if (links.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("originalData", Xliff2Namespace);
        foreach (var (href, id) in links)
        {
            WriteData(xml, id, NativeCode.Opening(InlineKind.Link, href));
        }

        WriteData(xml, "d0", NativeCode.Closing(InlineKind.Link));
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string id, string code)
    {
        xml.WriteStartElement("data", Xliff2Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteString(code);
        xml.WriteEndElement();
    }

    private static void WriteContent(XmlWriter xml, string element, InlineText text, Dictionary<string, string> links)
    {
        xml.WriteStartElement(element, Xliff2Namespace);
        InlineContent.Write(xml, text, code => WriteOpening(xml, code, links), xml.WriteFullEndElement, code => WriteStandalone(xml, code));
        xml.WriteFullEndElement();
    }

    private static void WriteOpening(XmlWriter xml, OpeningCode code, Dictionary<string, string> links)
    {
        xml.WriteStartElement("pc", Xliff2Namespace);
        xml.WriteAttributeString("id", code.Id);
        WriteKind(xml, code.Kind);
        if (code.Kind == InlineKind.Link)
        {
            xml.WriteAttributeString("dataRefStart", links[code.Href ?? ""]);
            xml.WriteAttributeString("dataRefEnd", "d0");
        }
    }

    private static void WriteStandalone(XmlWriter xml, StandaloneCode code)
    {
        xml.WriteStartElement("ph", Xliff2Namespace);
        xml.WriteAttributeString("id", code.Id);
        WriteKind(xml, code.Kind);
        xml.WriteEndElement();
    }

    private static void WriteKind(XmlWriter xml, InlineKind kind)
    {
        var (type, subType) = Xliff2Codes.Write(kind);
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        if (subType is not null)
        {
            xml.WriteAttributeString("subType", subType);
        }
    }
}
