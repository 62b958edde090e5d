using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Translate.Domain.Documents;

namespace Translate.Formats.Docx;

/// <summary>
/// A paragraph as tagged text. The formatting covering most of its text is the base (no tag); other formatting spans
/// are paired tags, a hyperlink is one paired tag, breaks, tabs, drawings, fields and note references are standalone
/// tags. Tags are numbered 1..n in order of appearance, so reading the same paragraph again gives the same numbers.
/// </summary>
internal static class ParagraphReader
{
    private const int MaxTagId = 999;

    public static DocxBlock Read(Paragraph paragraph, BlockKind kind)
    {
        var flat = ParagraphFlattener.Flatten(paragraph);
        var items = flat.Items;
        var text = items.Where(i => i.Text is not null).ToList();

        // A link is a tag of its own: the base is the formatting of the text around links, when there is any.
        var outsideLinks = text.Where(i => i.Link is null).ToList();
        var baseKey = (outsideLinks.Count > 0 ? outsideLinks : text)
            .GroupBy(i => i.FormattingKey)
            .Select(g => (Key: g.Key, Length: g.Sum(i => i.Text!.Length), First: g.First()))
            .OrderByDescending(g => g.Length)
            .FirstOrDefault();

        var linkProperties = new Dictionary<Hyperlink, RunProperties?>();
        foreach (var item in text.Where(i => i.Link is not null))
        {
            linkProperties.TryAdd(item.Link!, item.Properties);
        }

        var builder = new TaggedTextBuilder(baseKey.Key ?? "");
        foreach (var item in items)
        {
            builder.Add(item, item.Link is null ? null : linkProperties.GetValueOrDefault(item.Link));
        }

        return new DocxBlock(paragraph, kind, builder.Finish(), baseKey.First?.Properties, builder.Codes, flat.StartMarkers, flat.EndMarkers);
    }

    private sealed class TaggedTextBuilder
    {
        private readonly string _baseKey;
        private readonly StringBuilder _text = new();
        private readonly Dictionary<int, InlineCode> _codes = [];
        private Hyperlink? _link;
        private int? _linkId;
        private int? _formattingId;
        private string _formattingKey;

        public TaggedTextBuilder(string baseKey)
        {
            _baseKey = baseKey;
            _formattingKey = baseKey;
        }

        public IReadOnlyDictionary<int, InlineCode> Codes => _codes;

        public void Add(ParagraphItem item, RunProperties? linkProperties)
        {
            if (item.Link != _link)
            {
                CloseFormatting();
                CloseLink();
                if (item.Link is { } link)
                {
                    _linkId = Open(new HyperlinkCode((Hyperlink)link.CloneNode(false), linkProperties));
                    _link = link;
                }
            }

            if (item.Standalone is { } elements)
            {
                _text.Append(InlineTags.Standalone(Next(new StandaloneCode(elements))));
                return;
            }

            // Inside a hyperlink the text takes the link's formatting: the link is the one tag.
            if (_link is null && item.FormattingKey != _formattingKey)
            {
                CloseFormatting();
                if (item.FormattingKey != _baseKey)
                {
                    _formattingId = Open(new FormattingCode(item.Properties));
                    _formattingKey = item.FormattingKey;
                }
            }

            _text.Append(item.Text);
        }

        public string Finish()
        {
            CloseFormatting();
            CloseLink();
            return _text.ToString();
        }

        private int Open(InlineCode code)
        {
            var id = Next(code);
            _text.Append(InlineTags.Opening(id));
            return id;
        }

        private int Next(InlineCode code)
        {
            var id = _codes.Count + 1;
            if (id > MaxTagId)
            {
                throw DocumentProblems.TooMuchFormatting(MaxTagId);
            }

            _codes[id] = code;
            return id;
        }

        private void CloseFormatting()
        {
            if (_formattingId is { } id)
            {
                _text.Append(InlineTags.Closing(id));
            }

            _formattingId = null;
            _formattingKey = _baseKey;
        }

        private void CloseLink()
        {
            if (_linkId is { } id)
            {
                _text.Append(InlineTags.Closing(id));
            }

            _linkId = null;
            _link = null;
        }
    }
}
