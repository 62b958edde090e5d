using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Translate.Domain.Languages;
using static Translate.Formats.Interchange.InterchangeXml;

namespace Translate.Formats.Interchange;

/// <summary>
/// Reads XLIFF 2.0/2.1 as written by Translate or by CAT tools (Okapi, memoQ, Trados): elements and attributes of other
/// namespaces are ignored, markers (&lt;mrk&gt;, &lt;sm/&gt;, &lt;em/&gt;) reduced to their text, groups flattened.
/// A unit with several segments gives one <see cref="BilingualUnit"/> per segment, its id "unit/segment".
/// </summary>
public static class Xliff2Reader
{
    private static readonly XNamespace X = Xliff2Namespace;
    private static readonly XNamespace Mda = MetadataNamespace;

    /// <summary>Reads the file, refusing it when it is not in the expected languages (when given).</summary>
    public static BilingualDocument Read(Stream stream, ReaderLimits limits, Language? expectedSource = null, Language? expectedTarget = null) =>
        SafeXml.Read(stream, limits, xml => Read(xml, expectedSource, expectedTarget));

    private static BilingualDocument Read(XmlReader xml, Language? expectedSource, Language? expectedTarget)
    {
        xml.MoveToContent();
        var line = SafeXml.Line(xml);
        CheckRoot(xml, line);
        var source = InterchangeLanguages.Parse(xml.GetAttribute("srcLang"), "srcLang", line);
        var target = InterchangeLanguages.Parse(xml.GetAttribute("trgLang"), "trgLang", line);
        InterchangeLanguages.Expect(source, expectedSource, "source", line);
        InterchangeLanguages.Expect(target, expectedTarget, "target", line);

        string? original = null;
        var metadata = new Dictionary<string, string>();
        var units = new List<BilingualUnit>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
            }
            else if (xml.NamespaceURI == Xliff2Namespace && xml.LocalName is "file" or "group")
            {
                original ??= xml.LocalName == "file" ? xml.GetAttribute("original") : null;
                xml.Read();
            }
            else if (xml.NamespaceURI == Xliff2Namespace && xml.LocalName == "unit")
            {
                var unitLine = SafeXml.Line(xml);
                foreach (var unit in ReadUnit(SafeXml.LoadElement(xml)))
                {
                    units.Add(ids.Add(unit.Id) ? unit : throw InterchangeProblems.DuplicateUnit(unit.Id, unitLine));
                }
            }
            else if (xml.NamespaceURI == MetadataNamespace && xml.LocalName == "metadata" && xml.Depth == 2)
            {
                foreach (var (type, value) in Metadata(SafeXml.LoadElement(xml)))
                {
                    metadata[type] = value;
                }
            }
            else
            {
                SafeXml.Skip(xml);
            }
        }

        return new BilingualDocument(source, target, original ?? "", units)
        {
            ReleaseId = metadata.GetValueOrDefault("release-id"),
            Version = InterchangeValues.Number(metadata.GetValueOrDefault("version"), "version", line, null),
        };
    }

    private static void CheckRoot(XmlReader xml, int line)
    {
        if (xml.LocalName != "xliff")
        {
            throw InterchangeProblems.WrongRoot(xml.Name, "XLIFF", "xliff", line);
        }

        if (xml.NamespaceURI == Xliff12Namespace)
        {
            throw InterchangeProblems.OtherXliffVersion("1.2", "2", line);
        }

        if (xml.NamespaceURI != Xliff2Namespace)
        {
            throw InterchangeProblems.WrongNamespace(xml.NamespaceURI, "XLIFF 2", Xliff2Namespace, line);
        }

        var version = xml.GetAttribute("version");
        if (version is not ("2.0" or "2.1" or "2.2"))
        {
            throw InterchangeProblems.WrongVersion("XLIFF", version, line, "2.0", "2.1", "2.2");
        }
    }

    private static List<BilingualUnit> ReadUnit(XElement unit)
    {
        var line = SafeXml.Line(unit);
        var unitId = (string?)unit.Attribute("id");
        if (string.IsNullOrEmpty(unitId))
        {
            throw InterchangeProblems.MissingId("unit", line);
        }

        var metadata = unit.Elements(Mda + "metadata").SelectMany(Metadata).ToDictionary(m => m.Type, m => m.Value);
        var notes = unit.Elements(X + "notes").Elements(X + "note").Select(n => n.Value).ToList();
        var data = unit.Elements(X + "originalData").Elements(X + "data")
            .Where(d => d.Attribute("id") is not null)
            .ToDictionary(d => (string)d.Attribute("id")!, d => d.Value);
        var segments = unit.Elements(X + "segment").ToList();
        if (segments.Count == 0)
        {
            throw InterchangeProblems.UnitWithout("segment", line, unitId);
        }

        var units = new List<BilingualUnit>();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var id = segments.Count == 1 ? unitId : $"{unitId}/{(string?)segment.Attribute("id") ?? (i + 1).ToString(CultureInfo.InvariantCulture)}";
            units.Add(ReadSegment(segment, id, data) with
            {
                SegmentNumber = InterchangeValues.Number(metadata.GetValueOrDefault("segment-number"), "segment-number", line, unitId),
                BlockId = metadata.GetValueOrDefault("block-id"),
                BlockKind = InterchangeValues.Kind(metadata.GetValueOrDefault("block-kind"), line, unitId),
                BaseVersion = InterchangeValues.Number(metadata.GetValueOrDefault("base-version"), "base version", line, unitId),
                Notes = notes,
            });
        }

        return units;
    }

    private static BilingualUnit ReadSegment(XElement segment, string id, Dictionary<string, string> data)
    {
        var line = SafeXml.Line(segment);
        var sourceElement = segment.Element(X + "source") ?? throw InterchangeProblems.SegmentWithoutSource(line, id);
        var source = ReadContent(sourceElement, id, data);
        var target = segment.Element(X + "target") is { } targetElement ? ReadContent(targetElement, id, data) : null;
        var state = (string?)segment.Attribute("state");
        return new BilingualUnit(
            id,
            source,
            target,
            Xliff2States.Read(state, (string?)segment.Attribute("subState"), target is { IsEmpty: false })
                ?? throw InterchangeProblems.UnknownState(state, "XLIFF 2", line, id));
    }

    private static InlineText ReadContent(XElement content, string unitId, Dictionary<string, string> data) =>
        InlineContent.Read(content, unitId, (element, builder, line, walkInside) => ReadInline(element, builder, line, walkInside, data));

    private static void ReadInline(XElement element, InlineBuilder builder, int line, Action walkInside, Dictionary<string, string> data)
    {
        var id = (string?)element.Attribute("id");
        var kind = Xliff2Codes.Read((string?)element.Attribute("type"), (string?)element.Attribute("subType"));
        switch (element.Name.Namespace == X ? element.Name.LocalName : null)
        {
            case "pc":
                builder.Open(builder.RequiredId(id, element), kind, Href(element, "dataRefStart", kind, data));
                walkInside();
                builder.Close(id!);
                break;
            case "sc":
                builder.Open(builder.RequiredId(id, element), kind, Href(element, "dataRef", kind, data));
                break;
            case "ec":
                builder.Close(builder.RequiredId((string?)element.Attribute("startRef") ?? id, element));
                break;
            case "ph":
                builder.Standalone(builder.RequiredId(id, element), kind);
                break;
            case "mrk":
                walkInside();
                break;
            case "sm" or "em":
                break;
            case "cp":
                builder.Text(CodePoint(element, builder));
                break;
            default:
                throw builder.Refuse($"<{element.Name.LocalName}> is not an XLIFF 2 inline element", line);
        }
    }

    private static string? Href(XElement element, string attribute, InlineKind kind, Dictionary<string, string> data) =>
        kind == InlineKind.Link && (string?)element.Attribute(attribute) is { } reference
            ? NativeCode.Href(data.GetValueOrDefault(reference))
            : null;

    /// <summary>XLIFF 2 writes characters XML cannot carry as &lt;cp hex="..."/&gt;.</summary>
    private static string CodePoint(XElement element, InlineBuilder builder)
    {
        var hex = (string?)element.Attribute("hex");
        return int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            && value is >= 0 and <= 0x10FFFF and (< 0xD800 or > 0xDFFF)
            ? char.ConvertFromUtf32(value)
            : throw builder.Refuse($"<cp hex=\"{hex}\"> is not a code point", SafeXml.Line(element));
    }

    private static IEnumerable<(string Type, string Value)> Metadata(XElement metadata) => metadata
        .Elements(Mda + "metaGroup")
        .Where(g => (string?)g.Attribute("category") == "translate")
        .Elements(Mda + "meta")
        .Where(m => m.Attribute("type") is not null)
        .Select(m => ((string)m.Attribute("type")!, m.Value));
}
