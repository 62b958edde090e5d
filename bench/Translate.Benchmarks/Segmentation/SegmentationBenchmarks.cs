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
/// Reading the same text as a whole plain-text document (blocks, kinds, list items, then segments) is measured too.
/// </summary>
[MemoryDiagnoser]
[ThroughputColumn]
public partial class SegmentationBenchmarks
{
    public const int TextBytes = 1_000_000;

    private string text = null!;
    private string[] blocks = null!;

    [Params(Language.En, Language.Fr, Language.De, Language.Lb, Language.Zh)]
    public Language Language { get; set; }

    /// <summary>What one operation reads, for the MB/s column: a little over <see cref="TextBytes"/>.</summary>
    public static int Bytes(Language language) => Encoding.UTF8.GetByteCount(PressReleaseCorpus.Text(language, TextBytes));

    [GlobalSetup]
    public void Setup()
    {
        text = PressReleaseCorpus.Text(Language, TextBytes);
        blocks = text.Split("\n\n");
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

    [Benchmark(Description = "PlainTextReader.Read, whole document")]
    public SegmentedDocument PlainText() => PlainTextReader.Read(text, Language);

    [GeneratedRegex(@"(?<=[.!?。！？])\s*")]
    private static partial Regex SentenceMark();
}
