using BenchmarkDotNet.Attributes;
using Translate.Domain.Memory;
using Translate.Testing.Memory;

namespace Translate.Benchmarks.Memory;

/// <summary>
/// One translation memory lookup in 100,000 units (the sample release's English sentences and their variants, paired
/// with the four other languages: 25,000 units a pair), the default query (from 50%, the best five), rotating through
/// 200 queries that are other variants. The baseline scores every unit of the pair with the same scorer.
/// </summary>
[MemoryDiagnoser]
[PercentileColumns]
public class MemoryLookupBenchmarks
{
    public const int Units = 100_000;
    public const int CorpusSeed = 2018;
    public const int QuerySeed = 116;

    private TranslationMemory memory = null!;
    private BruteForceMemory bruteForce = null!;
    private MemoryQuery[] queries = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = MemoryCorpus.Units(Units, CorpusSeed);
        memory = new TranslationMemory();
        memory.AddRange(corpus);
        bruteForce = new BruteForceMemory(corpus);
        queries = [.. MemoryCorpus.Queries(200, QuerySeed)];
    }

    [GlobalCleanup]
    public void Cleanup() => memory.Dispose();

    [Benchmark(Baseline = true, Description = "Brute force: score every unit of the pair")]
    public int BruteForce() => bruteForce.Lookup(NextQuery()).Count;

    [Benchmark(Description = "TranslationMemory.Lookup (index)")]
    public int Index() => memory.Lookup(NextQuery()).Count;

    private MemoryQuery NextQuery() => queries[next++ % queries.Length];
}
