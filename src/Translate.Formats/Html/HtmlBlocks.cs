using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;

namespace Translate.Formats.Html;

/// <summary>
/// Finds the blocks of a sanitized page. Every run of text and inline elements is a block, wherever it stands (a
/// paragraph, a list item, a cell, text directly in a div, navigation and footer too: the whole page is translated);
/// its kind comes from the nearest element that says one (h1 to h6, li/dt/dd, td/th, address), else it is a
/// paragraph. The first h1 is the title. Inline elements become tags numbered in order per block; an inline
/// element around a whole block is the block's formatting, not a tag. Reading is deterministic, so a merge finds
/// the same blocks and tags again.
/// </summary>
internal static partial class HtmlBlocks
{
    // InlineTags allows ids up to 999; formatting past that in one block is read as plain text.
    private const int MaxCodes = 999;

    public static HtmlPage Find(IHtmlDocument document, Language language)
    {
        var walker = new Walker(language);
        if (document.Body is { } body)
        {
            walker.Visit(body, BlockKind.Paragraph, isH1: false);
        }

        var blocks = walker.Blocks;
        var title = document.Head?.QuerySelector("title");
        var titleText = title is null ? "" : Fold(title.TextContent);
        if (titleText.Length == 0)
        {
            return new HtmlPage(blocks, null);
        }

        var h1 = blocks.FirstOrDefault(b => b.Kind == BlockKind.Title);
        if (h1 is not null && Fold(PlainText(h1, language)) == titleText)
        {
            return new HtmlPage(blocks, title);
        }

        // A title of its own is translated as the page's first block; it is the document's title when no h1 is.
        var segments = Segmenter.Split(title!.TextContent, language);
        var titleBlock = new HtmlBlock(h1 is null ? BlockKind.Title : BlockKind.Heading, [.. title.ChildNodes], [], segments);
        return new HtmlPage([titleBlock, .. blocks], null);
    }

    /// <summary>A block's words without tags, its segments joined as the language joins sentences.</summary>
    public static string PlainText(HtmlBlock block, Language language) =>
        new SegmentedBlock(block.Kind, block.Segments).PlainText(language);

    private static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    private sealed class Walker(Language language)
    {
        private bool _titleSeen;

        public List<HtmlBlock> Blocks { get; } = [];

        public void Visit(IElement element, BlockKind kind, bool isH1)
        {
            var run = new List<INode>();
            foreach (var child in element.ChildNodes)
            {
                if (HtmlElements.IsInlineContent(child))
                {
                    run.Add(child);
                    continue;
                }

                if (child is not IElement inner)
                {
                    continue;
                }

                Add(run, kind, isH1);
                run = [];
                if (!HtmlElements.IsUntranslated(inner))
                {
                    var innerKind = HtmlElements.KindOf(inner, kind);
                    Visit(inner, innerKind ?? kind, inner.LocalName == "h1" || (isH1 && innerKind is null));
                }
            }

            Add(run, kind, isH1);
        }

        private void Add(List<INode> run, BlockKind kind, bool isH1)
        {
            var nodes = Trim(run);

            // Formatting around the whole block stays around it, untouched by the translation.
            while (nodes is [IElement wrapper] && HtmlElements.HasText(wrapper))
            {
                nodes = Trim([.. wrapper.ChildNodes.Where(n => n is IText or IElement)]);
            }

            var text = new StringBuilder();
            var codes = new List<HtmlCode>();
            foreach (var node in nodes)
            {
                AppendInline(node, text, codes);
            }

            var segments = Segmenter.Split(text.ToString(), language);
            if (segments.Count == 0)
            {
                return;
            }

            var isTitle = isH1 && !_titleSeen;
            _titleSeen |= isTitle;
            Blocks.Add(new HtmlBlock(isTitle ? BlockKind.Title : kind, nodes, codes, segments));
        }

        private static void AppendInline(INode node, StringBuilder text, List<HtmlCode> codes)
        {
            switch (node)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement element when codes.Count >= MaxCodes:
                    foreach (var child in element.ChildNodes)
                    {
                        AppendInline(child, text, codes);
                    }

                    break;
                case IElement element when !HtmlElements.HasText(element):
                    codes.Add(new HtmlCode(element, Paired: false));
                    text.Append(InlineTags.Standalone(codes.Count));

                    // A line break separates what it breaks, so a sentence ending before it ends there.
                    text.Append(element.LocalName == "br" ? "\n" : "");
                    break;
                case IElement element:
                    codes.Add(new HtmlCode(element, Paired: true));
                    var id = codes.Count;
                    text.Append(InlineTags.Opening(id));
                    foreach (var child in element.ChildNodes)
                    {
                        AppendInline(child, text, codes);
                    }

                    text.Append(InlineTags.Closing(id));
                    break;
            }
        }

        /// <summary>The run without the blank text at its ends.</summary>
        private static List<INode> Trim(List<INode> run) => BlankEnds.Trim(run, IsBlank);

        private static bool IsBlank(INode node) => node is IText text && string.IsNullOrWhiteSpace(text.Data);
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Whitespace();
}
