namespace Translate.Domain.Documents;

/// <summary>A source document as blocks of sentences: what a release's blocks and segments are made from.</summary>
public sealed record SegmentedDocument(IReadOnlyList<SegmentedBlock> Blocks)
{
    public IEnumerable<string> Segments => Blocks.SelectMany(b => b.Segments);
}

/// <summary>One block of a document (title, heading, paragraph, ...) and its segments in order.</summary>
public sealed record SegmentedBlock(BlockKind Kind, IReadOnlyList<string> Segments);
