using System.Globalization;
using System.Xml;
using Translate.Domain.Languages;
using static Translate.Formats.Interchange.InterchangeXml;

namespace Translate.Formats.Interchange;

/// <summary>
/// Writes translation memory entries as TMX 1.4b, a &lt;tu&gt; per entry. Inline codes are &lt;bpt&gt;/&lt;ept&gt;
/// and &lt;ph&gt; holding the HTML they stand for, numbered by i within a segment and matched across languages by x.
/// </summary>
public static class TmxWriter
{
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>The header's source language is the entries' one, or "*all*" when they come from several.</summary>
    public static void Write(IReadOnlyCollection<TranslationMemoryEntry> entries, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(entries);

        var sources = entries.Select(e => e.SourceLanguage).Distinct().ToList();
        using var xml = CreateWriter(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("tmx");
        xml.WriteAttributeString("version", "1.4");
        xml.WriteStartElement("header");
        xml.WriteAttributeString("creationtool", "Translate");
        xml.WriteAttributeString("creationtoolversion", "1.0");
        xml.WriteAttributeString("datatype", "plaintext");
        xml.WriteAttributeString("segtype", "sentence");
        xml.WriteAttributeString("adminlang", "en");
        xml.WriteAttributeString("srclang", sources.Count == 1 ? sources[0].Tag() : "*all*");
        xml.WriteAttributeString("o-tmf", "Translate");
        xml.WriteEndElement();

        xml.WriteStartElement("body");
        foreach (var entry in entries)
        {
            WriteUnit(xml, entry, sources.Count > 1);
        }

        xml.WriteEndDocument();
    }

    private static void WriteUnit(XmlWriter xml, TranslationMemoryEntry entry, bool mixedSources)
    {
        xml.WriteStartElement("tu");
        if (mixedSources)
        {
            xml.WriteAttributeString("srclang", entry.SourceLanguage.Tag());
        }

        if (entry.CreatedAt is { } createdAt)
        {
            xml.WriteAttributeString("creationdate", createdAt.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture));
        }

        if (entry.Author is not null)
        {
            xml.WriteAttributeString("creationid", entry.Author);
        }

        WriteVariant(xml, entry.SourceLanguage, entry.Source);
        WriteVariant(xml, entry.TargetLanguage, entry.Target);
        xml.WriteEndElement();
    }

    private static void WriteVariant(XmlWriter xml, Language language, InlineText text)
    {
        xml.WriteStartElement("tuv");
        xml.WriteAttributeString("xml", "lang", XmlNamespace, language.Tag());
        xml.WriteStartElement("seg");
        // Codes are numbered by i within the segment, and an <ept> takes the i of the <bpt> it closes.
        var open = new Stack<(OpeningCode Code, int I)>();
        var next = 1;
        InlineContent.Write(
            xml,
            text,
            opening: code =>
            {
                open.Push((code, next));
                WriteCode(xml, "bpt", ("i", Number(next++)), ("x", code.Id), ("type", TmxCodes.Write(code.Kind)), NativeCode.Opening(code.Kind, code.Href));
            },
            closing: () =>
            {
                var (opening, i) = open.Pop();
                WriteCode(xml, "ept", ("i", Number(i)), ("x", null), ("type", null), NativeCode.Closing(opening.Kind));
            },
            standalone: code => WriteCode(xml, "ph", ("i", null), ("x", code.Id), ("type", TmxCodes.Write(code.Kind)), NativeCode.Standalone(code.Kind)));

        xml.WriteFullEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCode(XmlWriter xml, string element, (string, string?) i, (string, string?) x, (string, string?) type, string native)
    {
        xml.WriteStartElement(element);
        foreach (var (name, value) in new[] { i, x, type }.Where(a => a.Item2 is not null))
        {
            xml.WriteAttributeString(name, value);
        }

        xml.WriteString(native);
        xml.WriteFullEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
