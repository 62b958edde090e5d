using AngleSharp.Dom;
using Translate.Domain.Documents;

namespace Translate.Formats.Html;

/// <summary>
/// Rebuilds one block of a page from its translated text: text as text, tag n as a shallow copy of the element of
/// code n with the translated words inside, a standalone tag as a copy of its element. Tags the original block has
/// no code for, or of the wrong kind, are dropped and their words kept.
/// </summary>
internal static class HtmlBlockWriter
{
    public static void Replace(IDocument document, HtmlBlock block, string translatedText)
    {
        var first = block.Nodes[0];
        var last = block.Nodes[^1];
        var content = document.CreateDocumentFragment();

        // The source file's indentation around the block stays as it was.
        AppendText(document, content, first is IText start ? start.Data[..^start.Data.TrimStart().Length] : "");
        Build(document, content, block.Codes, translatedText);
        AppendText(document, content, last is IText end ? end.Data[end.Data.TrimEnd().Length..] : "");

        first.Parent!.InsertBefore(content, first);
        foreach (var node in block.Nodes)
        {
            node.Parent?.RemoveChild(node);
        }
    }

    private static void Build(IDocument document, INode content, IReadOnlyList<HtmlCode> codes, string text)
    {
        var open = new List<(int Id, INode Element)>();
        var position = 0;
        foreach (var tag in InlineTags.Find(text))
        {
            AppendText(document, Current(), text[position..tag.Index]);
            position = tag.Index + tag.Length;
            var code = tag.Id <= codes.Count ? codes[tag.Id - 1] : null;
            switch (tag.Kind)
            {
                case InlineTagKind.Opening when code is { Paired: true } && open.TrueForAll(o => o.Id != tag.Id):
                    var element = Current().AppendChild(code.Element.Clone(deep: false));
                    open.Add((tag.Id, element));
                    break;
                case InlineTagKind.Closing when open.Exists(o => o.Id == tag.Id):
                    // Closing an outer tag closes the ones still open inside it, as a browser would.
                    var index = open.FindLastIndex(o => o.Id == tag.Id);
                    open.RemoveRange(index, open.Count - index);
                    break;
                case InlineTagKind.Standalone when code is { Paired: false }:
                    Current().AppendChild(code.Element.Clone(deep: true));
                    break;
            }
        }

        AppendText(document, Current(), text[position..]);

        INode Current() => open.Count > 0 ? open[^1].Element : content;
    }

    private static void AppendText(IDocument document, INode parent, string text)
    {
        if (text.Length > 0)
        {
            parent.AppendChild(document.CreateTextNode(text));
        }
    }
}
