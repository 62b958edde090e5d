using System.Xml;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;

namespace Translate.Formats.Glossaries;

/// <summary>
/// Writes a glossary as TBX v3 in the TBX-Basic dialect (DCA style), which CAT tools import: one <c>conceptEntry</c>
/// an entry, a <c>langSec</c> a language, the approved term preferred and the forbidden variants deprecated. See
/// <see cref="Tbx"/> for how case sensitivity and do-not-translate are kept so that <see cref="TbxReader"/> reads them back.
/// </summary>
public static class TbxWriter
{
    public static void Write(Stream stream, IEnumerable<GlossaryEntry> entries, Language sourceLanguage = Language.En)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var xml = InterchangeXml.CreateWriter(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("tbx", Tbx.Namespace);
        xml.WriteAttributeString("type", "TBX-Basic");
        xml.WriteAttributeString("style", "dca");
        xml.WriteAttributeString("xml", "lang", InterchangeXml.XmlNamespace, sourceLanguage.Tag());
        xml.WriteStartElement("tbxHeader", Tbx.Namespace);
        xml.WriteStartElement("fileDesc", Tbx.Namespace);
        xml.WriteStartElement("sourceDesc", Tbx.Namespace);
        xml.WriteElementString("p", Tbx.Namespace, "Glossary exported from Translate.");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteComment($" A note '{Tbx.CaseSensitive}' marks a case-sensitive term, '{Tbx.DoNotTranslate}' an entry whose name stays as it is in every language. ");
        xml.WriteStartElement("text", Tbx.Namespace);
        xml.WriteStartElement("body", Tbx.Namespace);
        foreach (var entry in entries)
        {
            Write(xml, entry);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Write(XmlWriter xml, GlossaryEntry entry)
    {
        xml.WriteStartElement("conceptEntry", Tbx.Namespace);
        xml.WriteAttributeString("id", GlossaryIds.Write(entry.Id));
        if (entry.Subject is { } subject)
        {
            Descrip(xml, "subjectField", subject);
        }

        Note(xml, entry.Note);
        Note(xml, entry.DoNotTranslate ? Tbx.DoNotTranslate : null);
        foreach (var term in entry.Terms)
        {
            xml.WriteStartElement("langSec", Tbx.Namespace);
            xml.WriteAttributeString("xml", "lang", InterchangeXml.XmlNamespace, term.Language.Tag());
            TermSection(xml, term.Text, Tbx.Preferred, term.CaseSensitive ? Tbx.CaseSensitive : null, term.Note);
            foreach (var variant in term.ForbiddenVariants)
            {
                TermSection(xml, variant, Tbx.Deprecated);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void TermSection(XmlWriter xml, string term, string status, params string?[] notes)
    {
        xml.WriteStartElement("termSec", Tbx.Namespace);
        xml.WriteElementString("term", Tbx.Namespace, term);
        xml.WriteStartElement("termNote", Tbx.Namespace);
        xml.WriteAttributeString("type", "administrativeStatus");
        xml.WriteString(status);
        xml.WriteEndElement();
        foreach (var note in notes)
        {
            Note(xml, note);
        }

        xml.WriteEndElement();
    }

    private static void Descrip(XmlWriter xml, string type, string text)
    {
        xml.WriteStartElement("descrip", Tbx.Namespace);
        xml.WriteAttributeString("type", type);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Note(XmlWriter xml, string? note)
    {
        if (note is not null)
        {
            xml.WriteElementString("note", Tbx.Namespace, note);
        }
    }
}
