using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Translate.Domain.Languages;
using static Translate.Formats.Interchange.InterchangeXml;

namespace Translate.Formats.Interchange;

/// <summary>
/// Reads TMX 1.4 as written by Translate or other tools: each &lt;tu&gt; gives one entry per variant in a language
/// other than its source; variants in languages Translate does not work in are left out. Highlights (&lt;hi&gt;) are
/// reduced to their text; the native code inside &lt;bpt&gt; and &lt;ph&gt; is not text, only a link's address is kept.
/// </summary>
public static class TmxReader
{
    private static readonly XName Lang = XNamespace.Get(XmlNamespace) + "lang";

    /// <summary>Reads the memory, refusing it when its source language is not the expected one (when given).</summary>
    public static IReadOnlyList<TranslationMemoryEntry> Read(Stream stream, ReaderLimits limits, Language? expectedSource = null) =>
        SafeXml.Read(stream, limits, xml => Read(xml, expectedSource));

    private static List<TranslationMemoryEntry> Read(XmlReader xml, Language? expectedSource)
    {
        xml.MoveToContent();
        CheckRoot(xml, SafeXml.Line(xml));

        string? headerSource = null;
        var entries = new List<TranslationMemoryEntry>();
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
            }
            else if (xml.LocalName == "header")
            {
                headerSource = xml.GetAttribute("srclang")
                    ?? throw InterchangeProblems.HeaderWithoutSourceLanguage(SafeXml.Line(xml));
                SafeXml.Skip(xml);
            }
            else if (xml.LocalName == "body")
            {
                xml.Read();
            }
            else if (xml.LocalName == "tu")
            {
                entries.AddRange(ReadUnit(SafeXml.LoadElement(xml), headerSource, expectedSource));
            }
            else
            {
                SafeXml.Skip(xml);
            }
        }

        return headerSource is null ? throw InterchangeProblems.NoHeader() : entries;
    }

    private static void CheckRoot(XmlReader xml, int line)
    {
        if (xml.LocalName != "tmx" || xml.NamespaceURI.Length > 0)
        {
            throw InterchangeProblems.WrongRoot(xml.Name, "TMX", "tmx", line);
        }

        if (xml.GetAttribute("version") is var version and not ("1.4" or "1.4b"))
        {
            throw InterchangeProblems.WrongVersion("TMX", version, line, "1.4");
        }
    }

    private static List<TranslationMemoryEntry> ReadUnit(XElement unit, string? headerSource, Language? expectedSource)
    {
        var line = SafeXml.Line(unit);
        var id = (string?)unit.Attribute("tuid") ?? $"at line {line}";
        var sourceTag = (string?)unit.Attribute("srclang") ?? headerSource;
        if (sourceTag is null or "*all*")
        {
            throw InterchangeProblems.UnitWithoutSourceLanguage(line, id);
        }

        var source = InterchangeLanguages.Parse(sourceTag, "srclang", line);
        InterchangeLanguages.Expect(source, expectedSource, "source", line);

        var variants = new List<(XElement Tuv, Language Language)>();
        foreach (var tuv in unit.Elements("tuv"))
        {
            if (((string?)tuv.Attribute(Lang) ?? (string?)tuv.Attribute("lang")) is { } tag && InterchangeLanguages.TryParse(tag, out var language))
            {
                variants.Add((tuv, language));
            }
        }

        var sourceVariant = variants.FirstOrDefault(v => v.Language == source).Tuv
            ?? throw InterchangeProblems.NoSourceVariant(source, line, id);
        var sourceText = ReadSegment(sourceVariant, id);

        return
        [
            .. variants.Where(v => v.Language != source).Select(v => new TranslationMemoryEntry(source, sourceText, v.Language, ReadSegment(v.Tuv, id))
            {
                CreatedAt = Date((string?)v.Tuv.Attribute("creationdate") ?? (string?)unit.Attribute("creationdate"), line, id),
                Author = (string?)v.Tuv.Attribute("creationid") ?? (string?)unit.Attribute("creationid"),
            }),
        ];
    }

    private static DateTimeOffset? Date(string? value, int line, string id) =>
        value is null ? null
        : DateTimeOffset.TryParseExact(value, TmxWriter.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw InterchangeProblems.BadDate(value, line, id);

    private static InlineText ReadSegment(XElement variant, string unitId)
    {
        var segment = variant.Element("seg")
            ?? throw InterchangeProblems.VariantWithoutSeg(SafeXml.Line(variant), unitId);
        // The id each <bpt> opened under its i, until its <ept>.
        var opened = new Dictionary<string, string>(StringComparer.Ordinal);
        return InlineContent.Read(segment, unitId, (element, builder, line, walkInside) => ReadInline(element, builder, line, walkInside, opened));
    }

    private static void ReadInline(XElement element, InlineBuilder builder, int line, Action walkInside, Dictionary<string, string> opened)
    {
        var i = (string?)element.Attribute("i");
        var x = (string?)element.Attribute("x");
        var kind = TmxCodes.Read((string?)element.Attribute("type"));
        switch (element.Name.NamespaceName.Length == 0 ? element.Name.LocalName : null)
        {
            case "bpt":
                var id = builder.RequiredId(x ?? i, element);
                opened[builder.RequiredId(i, element)] = id;
                builder.Open(id, kind, kind == InlineKind.Link ? NativeCode.Href(element.Value) : null);
                break;
            case "ept":
                builder.Close(opened.Remove(builder.RequiredId(i, element), out var openedId)
                    ? openedId
                    : throw builder.Refuse($"An <ept i=\"{i}\"> has no <bpt> before it", line));
                break;
            case "ph" or "it" or "ut":
                // x is optional on placeholders; without it the code is known by where it stands.
                builder.Standalone(x ?? i ?? $"{element.Name.LocalName}@{line}", kind);
                break;
            case "hi":
                walkInside();
                break;
            default:
                throw builder.Refuse($"<{element.Name.LocalName}> is not a TMX inline element", line);
        }
    }
}
