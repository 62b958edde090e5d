using System.Xml;
using System.Xml.Linq;
using Translate.Domain.Languages;
using static Translate.Formats.Interchange.InterchangeXml;

namespace Translate.Formats.Interchange;

/// <summary>
/// Reads XLIFF 1.2 as written by Translate or by CAT tools (Trados, memoQ, Okapi): attributes and elements of other
/// namespaces are ignored, &lt;mrk&gt; markers reduced to their text, groups flattened; the native-code elements
/// (&lt;bpt&gt;/&lt;ept&gt;, &lt;bx/&gt;/&lt;ex/&gt;, &lt;ph&gt;, &lt;it&gt;) become codes like &lt;g&gt; and &lt;x/&gt;.
/// </summary>
public static class Xliff12Reader
{
    private static readonly XNamespace X = Xliff12Namespace;
    private static readonly XNamespace Own = TranslateNamespace;

    /// <summary>Reads the file, refusing it when it is not in the expected languages (when given).</summary>
    public static BilingualDocument Read(Stream stream, ReaderLimits limits, Language? expectedSource = null, Language? expectedTarget = null) =>
        SafeXml.Read(stream, limits, xml => Read(xml, expectedSource, expectedTarget));

    private static BilingualDocument Read(XmlReader xml, Language? expectedSource, Language? expectedTarget)
    {
        xml.MoveToContent();
        CheckRoot(xml, SafeXml.Line(xml));

        BilingualDocument? document = null;
        var units = new List<BilingualUnit>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Xliff12Namespace)
            {
                SafeXml.Skip(xml);
            }
            else if (xml.LocalName == "file")
            {
                var file = ReadFile(xml, expectedSource, expectedTarget);
                if (document is not null && (file.SourceLanguage, file.TargetLanguage) != (document.SourceLanguage, document.TargetLanguage))
                {
                    throw InterchangeProblems.MixedLanguages(SafeXml.Line(xml));
                }

                document ??= file;
                xml.Read();
            }
            else if (xml.LocalName is "body" or "group")
            {
                xml.Read();
            }
            else if (xml.LocalName == "trans-unit")
            {
                var unitLine = SafeXml.Line(xml);
                var unit = ReadUnit(SafeXml.LoadElement(xml));
                units.Add(ids.Add(unit.Id) ? unit : throw InterchangeProblems.DuplicateUnit(unit.Id, unitLine));
            }
            else
            {
                SafeXml.Skip(xml);
            }
        }

        return (document ?? throw InterchangeProblems.NoFileElement()) with { Units = units };
    }

    private static void CheckRoot(XmlReader xml, int line)
    {
        if (xml.LocalName != "xliff")
        {
            throw InterchangeProblems.WrongRoot(xml.Name, "XLIFF", "xliff", line);
        }

        if (xml.NamespaceURI == Xliff2Namespace)
        {
            throw InterchangeProblems.OtherXliffVersion("2", "1.2", line);
        }

        if (xml.NamespaceURI != Xliff12Namespace)
        {
            throw InterchangeProblems.WrongNamespace(xml.NamespaceURI, "XLIFF 1.2", Xliff12Namespace, line);
        }

        if (xml.GetAttribute("version") is var version and not "1.2")
        {
            throw InterchangeProblems.WrongVersion("XLIFF", version, line, "1.2");
        }
    }

    private static BilingualDocument ReadFile(XmlReader xml, Language? expectedSource, Language? expectedTarget)
    {
        var line = SafeXml.Line(xml);
        var source = InterchangeLanguages.Parse(xml.GetAttribute("source-language"), "source-language", line);
        var target = InterchangeLanguages.Parse(xml.GetAttribute("target-language"), "target-language", line);
        InterchangeLanguages.Expect(source, expectedSource, "source", line);
        InterchangeLanguages.Expect(target, expectedTarget, "target", line);
        return new BilingualDocument(source, target, xml.GetAttribute("original") ?? "", [])
        {
            ReleaseId = xml.GetAttribute("release-id", TranslateNamespace),
            Version = InterchangeValues.Number(xml.GetAttribute("version", TranslateNamespace), "version", line, null),
        };
    }

    private static BilingualUnit ReadUnit(XElement unit)
    {
        var line = SafeXml.Line(unit);
        var id = (string?)unit.Attribute("id");
        if (string.IsNullOrEmpty(id))
        {
            throw InterchangeProblems.MissingId("trans-unit", line);
        }

        var sourceElement = unit.Element(X + "source") ?? throw InterchangeProblems.UnitWithout("source", line, id);
        var source = ReadContent(sourceElement, id);
        var targetElement = unit.Element(X + "target");
        var target = targetElement is null ? null : ReadContent(targetElement, id);
        var state = (string?)targetElement?.Attribute("state");
        return new BilingualUnit(
            id,
            source,
            target,
            Xliff12States.Read(state, (string?)targetElement?.Attribute(Own + "state"), target is { IsEmpty: false })
                ?? throw InterchangeProblems.UnknownState(state, "XLIFF 1.2", line, id))
        {
            SegmentNumber = InterchangeValues.Number((string?)unit.Attribute(Own + "segment"), "segment number", line, id),
            BlockId = (string?)unit.Attribute(Own + "block"),
            BlockKind = InterchangeValues.Kind((string?)unit.Attribute(Own + "block-kind"), line, id),
            BaseVersion = InterchangeValues.Number((string?)unit.Attribute(Own + "base-version"), "base version", line, id),
            Notes = [.. unit.Elements(X + "note").Select(n => n.Value)],
        };
    }

    private static InlineText ReadContent(XElement content, string unitId) => InlineContent.Read(content, unitId, ReadInline);

    private static void ReadInline(XElement element, InlineBuilder builder, int line, Action walkInside)
    {
        var kind = Xliff12Codes.Read((string?)element.Attribute("ctype"));
        // bx/ex and bpt/ept pair through rid when the tool wrote one, through id otherwise.
        var pairId = (string?)element.Attribute("rid") ?? (string?)element.Attribute("id");
        switch (element.Name.Namespace == X ? element.Name.LocalName : null)
        {
            case "g":
                var id = builder.RequiredId(pairId, element);
                builder.Open(id, kind, (string?)element.Attribute(Own + "href"));
                walkInside();
                builder.Close(id);
                break;
            case "bx" or "bpt":
                builder.Open(builder.RequiredId(pairId, element), kind);
                break;
            case "ex" or "ept":
                builder.Close(builder.RequiredId(pairId, element));
                break;
            case "x" or "ph" or "it":
                builder.Standalone(builder.RequiredId((string?)element.Attribute("id"), element), kind);
                break;
            case "mrk":
                walkInside();
                break;
            default:
                throw builder.Refuse($"<{element.Name.LocalName}> is not an XLIFF 1.2 inline element", line);
        }
    }
}
