using System.Text;
using Translate.Domain.Languages;

namespace Translate.Domain.Documents;

/// <summary>A source document as blocks of sentences: what a release's blocks and segments are made from.</summary>
public sealed record SegmentedDocument(IReadOnlyList<SegmentedBlock> Blocks)
{
    public IEnumerable<string> Segments => Blocks.SelectMany(b => b.Segments);

    public int SegmentCount => Blocks.Sum(b => b.Segments.Count);
}

/// <summary>One block of a document (title, heading, paragraph, ...) and its segments in order.</summary>
public sealed record SegmentedBlock(BlockKind Kind, IReadOnlyList<string> Segments)
{
    /// <summary>
    /// The block's text, its sentences joined as the language writes them: a space between, none in Chinese, and none
    /// after a sentence that ends with a standalone tag (a line break starts the next sentence on its own line).
    /// Sentences not translated yet (empty) leave no stray spaces.
    /// </summary>
    public string Text(Language language)
    {
        var text = new StringBuilder();
        string? previous = null;
        foreach (var segment in Segments.Where(s => s.Length > 0))
        {
            if (previous is not null && language != Language.Zh && !EndsWithStandaloneTag(previous))
            {
                text.Append(' ');
            }

            text.Append(segment);
            previous = segment;
        }

        return text.ToString();
    }

    /// <summary>The block's text as readers see it, without tags; sentences joined as in <see cref="Text"/> with the tags gone.</summary>
    public string PlainText(Language language) =>
        (this with { Segments = [.. Segments.Select(InlineTags.Strip)] }).Text(language);

    private static bool EndsWithStandaloneTag(string segment) =>
        InlineTags.Find(segment) is [.., { Kind: InlineTagKind.Standalone } last] && last.Index + last.Length == segment.Length;
}
