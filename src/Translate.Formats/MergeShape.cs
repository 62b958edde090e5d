using Translate.Domain.Documents;

namespace Translate.Formats;

/// <summary>
/// What every merge checks before it writes: the translation has the original's blocks, each with as many segments,
/// so that block n's translation takes the place of block n. Each format words its own refusal.
/// </summary>
internal static class MergeShape
{
    /// <summary>The check for a format whose refusals name it: <paramref name="format"/>, in English.</summary>
    public static void Check(SegmentedDocument translated, IReadOnlyList<int> originalSegmentCounts, string format) =>
        Check(
            translated,
            originalSegmentCounts,
            (have, want) => DocumentProblems.BlockCountsDiffer(have, want, format),
            (block, have, want) => DocumentProblems.SegmentCountsDiffer(block, have, want, format));

    /// <param name="blockCountsDiffer">The refusal, given the translation's number of blocks and the original's.</param>
    /// <param name="segmentCountsDiffer">The refusal, given the block (numbered from 1), its number of segments in the translation and in the original.</param>
    public static void Check(
        SegmentedDocument translated,
        IReadOnlyList<int> originalSegmentCounts,
        Func<int, int, DocumentFormatException> blockCountsDiffer,
        Func<int, int, int, DocumentFormatException> segmentCountsDiffer)
    {
        if (translated.Blocks.Count != originalSegmentCounts.Count)
        {
            throw blockCountsDiffer(translated.Blocks.Count, originalSegmentCounts.Count);
        }

        for (var i = 0; i < originalSegmentCounts.Count; i++)
        {
            if (translated.Blocks[i].Segments.Count != originalSegmentCounts[i])
            {
                throw segmentCountsDiffer(i + 1, translated.Blocks[i].Segments.Count, originalSegmentCounts[i]);
            }
        }
    }
}
