using Translate.Domain.Documents;

namespace Translate.Domain.Releases;

/// <summary>A block of the source document (title, heading, paragraph, ...), in document order.</summary>
public sealed class Block
{
    private Block()
    {
    }

    internal Block(Guid releaseId, int index, BlockKind kind)
    {
        Id = Guid.CreateVersion7();
        ReleaseId = releaseId;
        Index = index;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public Guid ReleaseId { get; private set; }

    /// <summary>Zero-based place of the block in the document.</summary>
    public int Index { get; private set; }

    public BlockKind Kind { get; private set; }
}
