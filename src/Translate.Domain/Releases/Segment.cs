namespace Translate.Domain.Releases;

/// <summary>A sentence (or heading, list item, ...) of the source: the unit that is translated.</summary>
public sealed class Segment
{
    private Segment()
    {
        Text = string.Empty;
        Block = null!;
    }

    internal Segment(Guid releaseId, Block block, int number, string text, int wordCount)
    {
        Id = Guid.CreateVersion7();
        ReleaseId = releaseId;
        Place(block, number);
        Block = block;
        Text = text;
        WordCount = wordCount;
    }

    public Guid Id { get; private set; }

    public Guid ReleaseId { get; private set; }

    public Guid BlockId { get; private set; }

    public Block Block { get; private set; }

    /// <summary>One-based place of the segment in the whole release, as translators refer to it.</summary>
    public int Number { get; private set; }

    public string Text { get; private set; }

    /// <summary>Words of the source text (characters when the source is Chinese).</summary>
    public int WordCount { get; private set; }

    internal void Place(Block block, int number)
    {
        Block = block;
        BlockId = block.Id;
        Number = number;
    }

    internal void ChangeText(string text, int wordCount)
    {
        Text = text;
        WordCount = wordCount;
    }
}
