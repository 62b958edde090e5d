using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;

namespace Translate.Formats;

/// <summary>
/// Reads a Markdown document into blocks and segments: the first level-1 heading is the title, other headings are
/// headings, paragraphs, list items and table cells keep their kind. Inline markup is reduced to its text.
/// </summary>
public static partial class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static SegmentedDocument Read(string markdown, Language language)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        var reader = new BlockCollector(language);
        reader.Visit(Markdown.Parse(markdown.TrimStart('\uFEFF'), Pipeline));
        return new SegmentedDocument(reader.Blocks);
    }

    private sealed class BlockCollector(Language language)
    {
        private bool _titleSeen;

        public List<SegmentedBlock> Blocks { get; } = [];

        public void Visit(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var isTitle = heading.Level == 1 && !_titleSeen;
                    _titleSeen |= isTitle;
                    Add(isTitle ? BlockKind.Title : BlockKind.Heading, InlineText(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    Add(BlockKind.Paragraph, InlineText(paragraph.Inline));
                    break;
                case ListItemBlock item:
                    // The item's own text is one list item; a list nested in it follows as items of their own.
                    Add(BlockKind.ListItem, string.Join('\n', item.OfType<LeafBlock>().Select(LeafText)));
                    foreach (var nested in item.OfType<ContainerBlock>())
                    {
                        Visit(nested);
                    }

                    break;
                case Table table:
                    foreach (var cell in table.OfType<TableRow>().SelectMany(row => row.OfType<TableCell>()))
                    {
                        Add(BlockKind.TableCell, string.Join('\n', cell.OfType<LeafBlock>().Select(LeafText)));
                    }

                    break;
                case LeafBlock leaf:
                    Add(BlockKind.Paragraph, LeafText(leaf));
                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Visit(child);
                    }

                    break;
            }
        }

        private void Add(BlockKind kind, string text)
        {
            var segments = Segmenter.Split(text, language);
            if (segments.Count > 0)
            {
                Blocks.Add(new SegmentedBlock(kind, segments));
            }
        }
    }

    /// <summary>The text of a leaf: its inlines, or its lines for code and HTML (tags removed: they are markup).</summary>
    private static string LeafText(LeafBlock leaf) => leaf switch
    {
        { Inline: { } inline } => InlineText(inline),
        HtmlBlock html => WebUtility.HtmlDecode(Tag().Replace(html.Lines.ToString(), " ")),
        _ => leaf.Lines.ToString(),
    };

    private static string InlineText(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        AppendText(inlines, text);
        return text.ToString();
    }

    private static void AppendText(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline link:
                text.Append(link.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case ContainerInline container:
                // Emphasis, links and images: their text (a link's words, an image's alternative text).
                foreach (var child in container)
                {
                    AppendText(child, text);
                }

                break;
        }
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Tag();
}
