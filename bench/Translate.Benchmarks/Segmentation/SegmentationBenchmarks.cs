using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;

namespace Translate.Benchmarks.Segmentation;

/// <summary>
/// Segmentation of about 1 MB of press-release text in each language, block by block, against the floor: a naive
/// split after every full stop, question or exclamation mark (which knows no abbreviation, number or quote).
/// Reading the same text as a whole plain-text document (blocks, kinds, list items, then segments) is measured too,
/// and the same blocks with inline tags, whose MB/s count the text without its tags so they compare with the plain.
/// </summary>
[MemoryDiagnoser]
[ThroughputColumn]
public partial class SegmentationBenchmarks
{
    public const int TextBytes = 1_000_000;

    private string text = null!;
    private string[] blocks = null!;
    private string[] taggedBlocks = null!;

    [Params(Language.En, Language.Fr, Language.De, Language.Lb, Language.Zh)]
    public Language Language { get; set; }

    /// <summary>What one operation reads, for the MB/s column: a little over <see cref="TextBytes"/>.</summary>
    public static int Bytes(Language language) => Encoding.UTF8.GetByteCount(PressReleaseCorpus.Text(language, TextBytes));

    [GlobalSetup]
    public void Setup()
    {
        text = PressReleaseCorpus.Text(Language, TextBytes);
        blocks = text.Split("\n\n");
        taggedBlocks = [.. blocks.Select(b => PressReleaseCorpus.Tagged(b, Language))];

        // The tags must not move a sentence break, or the two paths would not do the same work.
        if (SegmenterSplitTagged() != SegmenterSplit())
        {
            throw new InvalidOperationException("The tagged text splits into another number of sentences than the plain text.");
        }
    }

    [Benchmark(Baseline = true, Description = "Naive split on sentence marks")]
    public int NaiveSplit()
    {
        var segments = 0;
        foreach (var block in blocks)
        {
            segments += SentenceMark().Split(block).Length;
        }

        return segments;
    }

    [Benchmark(Description = "Segmenter.Split, block by block")]
    public int SegmenterSplit()
    {
        var segments = 0;
        foreach (var block in blocks)
        {
            segments += Segmenter.Split(block, Language).Count;
        }

        return segments;
    }

    /// <summary>The same blocks with tag pairs around some words: what tags cost against the plain path above.</summary>
    [Benchmark(Description = "Segmenter.Split, tagged, block by block")]
    public int SegmenterSplitTagged()
    {
        var segments = 0;
        foreach (var block in taggedBlocks)
        {
            segments += Segmenter.Split(block, Language).Count;
        }

        return segments;
    }

    [Benchmark(Description = "PlainTextReader.Read, whole document")]
    public SegmentedDocument PlainText() => PlainTextReader.Read(text, Language);

    [GeneratedRegex(@"(?<=[.!?。！？])\s*")]
    private static partial Regex SentenceMark();
}
