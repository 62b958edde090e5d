using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats.Docx;

/// <summary>
/// Rebuilds a paragraph's content from translated tagged text: tag n takes the formatting, link or elements of code
/// n; text outside tags takes the base formatting. Unknown tags are dropped (their text kept), tags a translation
/// leaves out are simply absent. The paragraph's properties and the anchors in it stay.
/// </summary>
internal sealed class ParagraphWriter
{
    private readonly DocxBlock _block;
    private readonly Language _language;
    private readonly List<int> _open = [];
    private Hyperlink? _link;
    private int? _linkId;

    private ParagraphWriter(DocxBlock block, Language language)
    {
        _block = block;
        _language = language;
    }

    public static void Write(DocxBlock block, string translatedText, Language language)
    {
        var paragraph = block.Paragraph;
        foreach (var child in paragraph.ChildElements.Where(c => c is not ParagraphProperties).ToList())
        {
            child.Remove();
        }

        foreach (var marker in block.StartMarkers)
        {
            paragraph.AppendChild(marker.CloneNode(true));
        }

        new ParagraphWriter(block, language).Write(translatedText);
        foreach (var marker in block.EndMarkers)
        {
            paragraph.AppendChild(marker.CloneNode(true));
        }
    }

    private void Write(string text)
    {
        var position = 0;
        foreach (var tag in InlineTags.Find(text))
        {
            AddText(text[position..tag.Index]);
            position = tag.Index + tag.Length;
            var code = _block.Codes.GetValueOrDefault(tag.Id);
            switch (tag.Kind)
            {
                case InlineTagKind.Opening when code is FormattingCode or HyperlinkCode && !_open.Contains(tag.Id):
                    _open.Add(tag.Id);
                    break;
                case InlineTagKind.Closing when _open.Contains(tag.Id):
                    _open.RemoveAt(_open.LastIndexOf(tag.Id));
                    break;
                case InlineTagKind.Standalone when code is StandaloneCode standalone:
                    AddStandalone(standalone);
                    break;
            }
        }

        AddText(text[position..]);
    }

    private void AddStandalone(StandaloneCode code)
    {
        foreach (var element in code.Elements)
        {
            Container().AppendChild(element.CloneNode(true));
        }
    }

    private void AddText(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var formatting = _open.Select(id => _block.Codes[id]).OfType<FormattingCode>().LastOrDefault()?.Properties
            ?? (LinkId() is { } linkId ? ((HyperlinkCode)_block.Codes[linkId]).Properties : _block.BaseProperties);
        Container().AppendChild(new Run(
            RunFormatting.For(formatting, _language),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>The paragraph, or the hyperlink the text is in (continued while nothing else came between).</summary>
    private OpenXmlElement Container()
    {
        if (LinkId() is not { } id)
        {
            return _block.Paragraph;
        }

        if (_linkId != id || _link is null || _link != _block.Paragraph.LastChild)
        {
            _link = (Hyperlink)((HyperlinkCode)_block.Codes[id]).Link.CloneNode(false);
            _linkId = id;
            _block.Paragraph.AppendChild(_link);
        }

        return _link;
    }

    private int? LinkId() => _open.LastOrDefault(id => _block.Codes[id] is HyperlinkCode) is var id and > 0 ? id : null;
}
