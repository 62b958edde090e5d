using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;

namespace Translate.Formats;

/// <summary>
/// Finds the blocks of a Markdown source: the first level-1 heading is the title, other headings are headings,
/// paragraphs, list items (each paragraph of an item) and table cells keep their kind. Front matter and fenced code
/// are not prose and are left out. Emphasis, links, code spans, images, hard line breaks, autolinks and inline HTML
/// become inline tags numbered per block; emphasis or a link around a whole block is the block's formatting, not a
/// tag. Deterministic, so a merge finds the same blocks and tags again, with their places in the source.
/// </summary>
internal static partial class MarkdownBlocks
{
    private const int MaxCodes = 999;

    /// <summary>The Markdown Translate reads: CommonMark with pipe tables and front matter, every node where the source has it.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>The blocks of a source given without its byte-order mark, which positions are counted without.</summary>
    public static IReadOnlyList<MarkdownBlock> Find(string markdown, Language language)
    {
        var collector = new Collector(markdown, language);
        collector.Visit(Markdown.Parse(markdown, Pipeline));
        return collector.Blocks;
    }

    private sealed class Collector(string source, Language language)
    {
        private bool _titleSeen;

        public List<MarkdownBlock> Blocks { get; } = [];

        public void Visit(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or FencedCodeBlock:
                    break;
                case HeadingBlock heading:
                    var isTitle = heading.Level == 1 && !_titleSeen;
                    _titleSeen |= isTitle;
                    AddInlines(isTitle ? BlockKind.Title : BlockKind.Heading, heading.Inline);
                    break;
                case ListItemBlock item:
                    // Each paragraph of an item is a list item; a list nested in it follows as items of their own.
                    foreach (var child in item)
                    {
                        if (child is LeafBlock leaf)
                        {
                            AddLeaf(BlockKind.ListItem, leaf);
                        }
                        else
                        {
                            Visit(child);
                        }
                    }

                    break;
                case Table table:
                    foreach (var leaf in table.OfType<TableRow>().SelectMany(row => row.OfType<TableCell>()).SelectMany(c => c.OfType<LeafBlock>()))
                    {
                        AddLeaf(BlockKind.TableCell, leaf);
                    }

                    break;
                case LeafBlock leaf:
                    AddLeaf(BlockKind.Paragraph, leaf);
                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Visit(child);
                    }

                    break;
            }
        }

        private void AddLeaf(BlockKind kind, LeafBlock leaf)
        {
            if (leaf.Inline is { } inline)
            {
                AddInlines(kind, inline);
                return;
            }

            if (leaf.Lines.Count == 0 || leaf is FencedCodeBlock)
            {
                return;
            }

            // HTML and indented code: their text, tags removed (they are markup), rewritten whole by a merge.
            var text = leaf.Lines.ToString();
            var lines = leaf.Lines.Lines;
            var start = lines[0].Slice.Start;
            var end = lines[leaf.Lines.Count - 1].Slice.End;
            Add(new Draft(kind, leaf is HtmlBlock ? WebUtility.HtmlDecode(MarkupTag().Replace(text, " ")) : text, start, end, [], Raw: true));
        }

        private void AddInlines(BlockKind kind, ContainerInline? container)
        {
            var inlines = Trim(container);

            // Emphasis or a link around the whole block stays around it, untouched by the translation.
            while (inlines is [ContainerInline wrapper] && wrapper is EmphasisInline or LinkInline { IsImage: false } && HasText(wrapper))
            {
                inlines = Trim(wrapper);
            }

            if (inlines.Count == 0)
            {
                return;
            }

            var text = new StringBuilder();
            var codes = new List<MarkdownCode>();
            foreach (var inline in inlines)
            {
                Append(inline, text, codes);
            }

            // A table cell's literal spans the spaces around its words, which belong to the table's layout.
            var start = inlines[0].Span.Start;
            var end = inlines[^1].Span.End;
            while (start < end && char.IsWhiteSpace(source[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(source[end]))
            {
                end--;
            }

            Add(new Draft(kind, text.ToString(), start, end, codes, Raw: false));
        }

        private void Add(Draft draft)
        {
            var segments = Segmenter.Split(draft.Text, language);
            if (segments.Count > 0)
            {
                Blocks.Add(new MarkdownBlock(draft.Kind, segments, draft.Start, draft.End - draft.Start + 1, draft.Codes, draft.Raw));
            }
        }

        private void Append(Inline inline, StringBuilder text, List<MarkdownCode> codes)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline { IsHard: false }:
                    text.Append('\n');
                    break;
                case CodeInline code when codes.Count < MaxCodes:
                    var ticks = new string(code.Delimiter, code.DelimiterCount);
                    AppendPair(text, codes, new MarkdownCode(ticks, ticks, Paired: true, Verbatim: true), () => text.Append(code.Content));
                    break;
                case EmphasisInline emphasis when codes.Count < MaxCodes && HasText(emphasis):
                    var delimiter = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
                    AppendPair(text, codes, new MarkdownCode(delimiter, delimiter, Paired: true, Verbatim: false), () => AppendChildren(emphasis, text, codes));
                    break;
                case LinkInline { IsImage: false, LastChild: { } last } link when codes.Count < MaxCodes && HasText(link):
                    var closing = source[(last.Span.End + 1)..(link.Span.End + 1)];
                    AppendPair(text, codes, new MarkdownCode("[", closing, Paired: true, Verbatim: false), () => AppendChildren(link, text, codes));
                    break;
                case ContainerInline container when codes.Count >= MaxCodes:
                    AppendChildren(container, text, codes);
                    break;
                case CodeInline or LinkInline or AutolinkInline or HtmlInline or LineBreakInline or EmphasisInline when codes.Count < MaxCodes:
                    // Images, empty links, hard line breaks, autolinks and inline HTML stand alone, written back as they were.
                    // A hard break's span is its line end alone: the spaces or backslash before it are what make it hard.
                    var markdown = inline is LineBreakInline { IsBackslash: var backslash } ? (backslash ? "\\\n" : "  \n") : Source(inline);
                    codes.Add(new MarkdownCode(markdown, "", Paired: false, Verbatim: false));
                    text.Append(InlineTags.Standalone(codes.Count));

                    // A line break separates what it breaks, so a sentence ending before it ends there.
                    text.Append(inline is LineBreakInline ? "\n" : "");
                    break;
                case ContainerInline container:
                    AppendChildren(container, text, codes);
                    break;
            }
        }

        private static void AppendPair(StringBuilder text, List<MarkdownCode> codes, MarkdownCode code, Action content)
        {
            codes.Add(code);
            var id = codes.Count;
            text.Append(InlineTags.Opening(id));
            content();
            text.Append(InlineTags.Closing(id));
        }

        private void AppendChildren(ContainerInline container, StringBuilder text, List<MarkdownCode> codes)
        {
            foreach (var child in container)
            {
                Append(child, text, codes);
            }
        }

        private string Source(Inline inline) => source[inline.Span.Start..(inline.Span.End + 1)];
    }

    /// <summary>The inlines of a container without the blank literals and soft line breaks at its ends.</summary>
    private static List<Inline> Trim(ContainerInline? container) => BlankEnds.Trim(container?.ToList() ?? [], IsBlank);

    private static bool IsBlank(Inline inline) =>
        inline is LineBreakInline { IsHard: false } || (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace());

    private static bool HasText(ContainerInline container) => container.Descendants<LiteralInline>().Any(l => !l.Content.IsEmptyOrWhitespace())
        || container.Descendants<CodeInline>().Any();

    private sealed record Draft(BlockKind Kind, string Text, int Start, int End, IReadOnlyList<MarkdownCode> Codes, bool Raw);

    [GeneratedRegex("<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex MarkupTag();
}
