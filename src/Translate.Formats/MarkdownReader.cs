using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats;

/// <summary>
/// Reads a Markdown document into blocks and segments: the first level-1 heading is the title, other headings are
/// headings, paragraphs, list items and table cells keep their kind. Inline markup (emphasis, links, code, line
/// breaks, inline HTML) becomes inline tags; see <see cref="MarkdownBlocks"/>.
/// </summary>
public static class MarkdownReader
{
    public static SegmentedDocument Read(string markdown, Language language)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        var blocks = MarkdownBlocks.Find(markdown.TrimStart('\uFEFF'), language);
        return new SegmentedDocument([.. blocks.Select(b => new SegmentedBlock(b.Kind, b.Segments))]);
    }
}
