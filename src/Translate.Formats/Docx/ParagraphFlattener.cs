using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Translate.Formats.Docx;

/// <summary>
/// Flattens a paragraph's content into text and standalone pieces. Tracked changes are read as accepted: insertions
/// and moves-to are kept, deletions and moves-from ignored. Proofing marks and editing-session ids are noise;
/// bookmarks and other range markers are set aside to be kept around the rebuilt content.
/// </summary>
internal sealed class ParagraphFlattener
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly List<ParagraphItem> _items = [];
    private readonly List<OpenXmlElement> _startMarkers = [];
    private readonly List<OpenXmlElement> _endMarkers = [];
    private readonly Dictionary<RunProperties, string> _keys = [];

    // A complex field (fldChar begin … end, nested fields inside) is gathered whole into one standalone piece.
    private List<OpenXmlElement>? _field;
    private Hyperlink? _fieldLink;
    private int _fieldDepth;

    public IReadOnlyList<ParagraphItem> Items => _items;

    public IReadOnlyList<OpenXmlElement> StartMarkers => _startMarkers;

    public IReadOnlyList<OpenXmlElement> EndMarkers => _endMarkers;

    public static ParagraphFlattener Flatten(Paragraph paragraph)
    {
        var flattener = new ParagraphFlattener();
        flattener.Walk(paragraph, link: null);
        flattener.EndField();
        return flattener;
    }

    private void Walk(OpenXmlElement container, Hyperlink? link)
    {
        foreach (var child in container.ChildElements)
        {
            if (_field is not null && child is not Run)
            {
                // Inside a field everything is part of it, wrappers included (a table of contents' hyperlinks).
                _field.Add(child.CloneNode(true));
                _fieldDepth += child.Descendants<FieldChar>().Sum(f => f.FieldCharType?.Value == FieldCharValues.Begin ? 1
                    : f.FieldCharType?.Value == FieldCharValues.End ? -1 : 0);
                if (_fieldDepth <= 0)
                {
                    EndField();
                }

                continue;
            }

            if (child.NamespaceUri != WordNamespace)
            {
                // Maths, markup-compatibility alternatives and other vocabularies travel whole.
                AddStandalone([child.CloneNode(true)], link);
                continue;
            }

            // By type, not by name: where Word's schema does not allow it, OpenXml reads a run or a hyperlink as an
            // unknown element, which travels whole like anything unknown.
            switch (child)
            {
                case Run run:
                    AddRun(run, link);
                    continue;
                case Hyperlink hyperlink:
                    Walk(hyperlink, hyperlink);
                    continue;
                case OpenXmlUnknownElement:
                    AddStandalone([child.CloneNode(true)], link);
                    continue;
            }

            switch (child.LocalName)
            {
                case "ins" or "moveTo" or "smartTag" or "customXml" or "dir" or "bdo" or "sdtContent":
                    Walk(child, link);
                    break;
                case "sdt":
                    foreach (var content in child.ChildElements.Where(c => c.LocalName == "sdtContent"))
                    {
                        Walk(content, link);
                    }

                    break;
                case "del" or "moveFrom" or "proofErr" or "pPr":
                    break;
                case var name when name.EndsWith("Pr", StringComparison.Ordinal):
                    break;
                case var name when name.EndsWith("Start", StringComparison.Ordinal):
                    _startMarkers.Add(child);
                    break;
                case var name when name.EndsWith("End", StringComparison.Ordinal):
                    _endMarkers.Add(child);
                    break;
                default:
                    // A simple field and anything unknown at this level: kept whole.
                    AddStandalone([child.CloneNode(true)], link);
                    break;
            }
        }
    }

    private void AddRun(Run run, Hyperlink? link)
    {
        var properties = run.RunProperties;
        Run? fieldRun = null;
        foreach (var child in run.ChildElements)
        {
            if (child is RunProperties)
            {
                continue;
            }

            if (child is FieldChar fieldChar && fieldChar.FieldCharType?.Value == FieldCharValues.Begin && _fieldDepth++ == 0)
            {
                _field = [];
                _fieldLink = link;
                fieldRun = null;
            }

            if (_field is not null)
            {
                // The field's pieces of this run stay one run in the copy.
                if (fieldRun is null)
                {
                    fieldRun = NewRun(properties);
                    _field.Add(fieldRun);
                }

                fieldRun.AppendChild(child.CloneNode(true));
                if (child is FieldChar { FieldCharType.Value: var type } && type == FieldCharValues.End && --_fieldDepth == 0)
                {
                    EndField();
                    fieldRun = null;
                }

                continue;
            }

            switch (child.LocalName)
            {
                case "t" when child.NamespaceUri == WordNamespace:
                    AddText(child.InnerText, properties, link);
                    break;
                case "noBreakHyphen" when child.NamespaceUri == WordNamespace:
                    AddText("\u2011", properties, link);
                    break;
                case "lastRenderedPageBreak" or "softHyphen" or "delText" or "delInstrText" when child.NamespaceUri == WordNamespace:
                    break;
                default:
                    var copy = NewRun(properties);
                    copy.AppendChild(child.CloneNode(true));
                    AddStandalone([copy], link);
                    break;
            }
        }
    }

    /// <summary>Ends the field being gathered; a field still open at the paragraph's end (a table of contents) ends there.</summary>
    private void EndField()
    {
        if (_field is not null)
        {
            AddStandalone(_field, _fieldLink);
        }

        _field = null;
        _fieldLink = null;
        _fieldDepth = 0;
    }

    private void AddText(string text, RunProperties? properties, Hyperlink? link)
    {
        if (text.Length > 0)
        {
            _items.Add(new ParagraphItem(text, properties, Key(properties), link, null));
        }
    }

    private void AddStandalone(IReadOnlyList<OpenXmlElement> elements, Hyperlink? link) =>
        _items.Add(new ParagraphItem(null, null, "", link, elements));

    private string Key(RunProperties? properties)
    {
        if (properties is null)
        {
            return "";
        }

        if (!_keys.TryGetValue(properties, out var key))
        {
            key = RunFormatting.Key(properties);
            _keys[properties] = key;
        }

        return key;
    }

    private static Run NewRun(RunProperties? properties) =>
        properties is null ? new Run() : new Run((RunProperties)properties.CloneNode(true));
}
