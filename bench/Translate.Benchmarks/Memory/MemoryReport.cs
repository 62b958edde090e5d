using System.Diagnostics;
using System.Globalization;
using Translate.Domain.Memory;
using Translate.Testing.Memory;

namespace Translate.Benchmarks.Memory;

/// <summary>
/// <c>memory-report</c>: times single lookups in the benchmark's 100,000-unit memory, indexed and brute force in the
/// same run, and prints p50/p95/max, the speed-up, the recall (brute-force matches of 75% and more that the index also
/// returns), the index's build time and managed memory. Exits 1 when a target of issue 7 is missed, so it can gate.
/// </summary>
internal static class MemoryReport
{
    public const string Argument = "memory-report";

    private const int Lookups = 1_000;
    private const int WarmUp = 100;
    private const int RecallScore = 75;
    private const double MaximumP95 = 20;
    private const double MinimumSpeedUp = 20;

    public static int Run(TextWriter output)
    {
        var corpus = MemoryCorpus.Units(MemoryLookupBenchmarks.Units, MemoryLookupBenchmarks.CorpusSeed);
        var queries = MemoryCorpus.Queries(Lookups, MemoryLookupBenchmarks.QuerySeed);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        using var memory = new TranslationMemory();
        memory.AddRange(corpus);
        build.Stop();
        var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        var bruteForce = new BruteForceMemory(corpus);

        foreach (var query in queries.Take(WarmUp))
        {
            memory.Lookup(query);
            bruteForce.Lookup(query);
        }

        var indexed = new double[Lookups];
        var scanned = new double[Lookups];
        long expected = 0, found = 0, scored = 0, candidates = 0, pairUnits = 0;
        for (var i = 0; i < Lookups; i++)
        {
            var timer = Stopwatch.StartNew();
            var matches = memory.Lookup(queries[i], out var statistics);
            indexed[i] = timer.Elapsed.TotalMilliseconds;
            timer.Restart();
            var all = bruteForce.Lookup(queries[i]);
            scanned[i] = timer.Elapsed.TotalMilliseconds;

            scored += statistics.Scored;
            candidates += statistics.Candidates;
            pairUnits += statistics.Units;
            var wanted = all.Where(m => m.Score >= RecallScore).ToList();
            expected += wanted.Count;
            found += wanted.Count(w => matches.Any(m => m.Unit.Id == w.Unit.Id && m.Score == w.Score));
        }

        Array.Sort(indexed);
        Array.Sort(scanned);
        var speedUp = Percentile(scanned, 50) / Percentile(indexed, 50);
        var recall = expected == 0 ? 1 : (double)found / expected;

        var en = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(en, $"Translation memory: {memory.Count:N0} units, {Lookups:N0} lookups (from {MemoryQuery.DefaultMinimumScore}%, best {MemoryQuery.DefaultMaximumResults})"));
        output.WriteLine(string.Create(en, $"Index build: {build.Elapsed.TotalMilliseconds:F0} ms, managed memory {indexBytes / 1024.0 / 1024.0:F1} MB"));
        output.WriteLine(string.Create(en, $"{"",-12} {"p50 ms",9} {"p95 ms",9} {"max ms",9}"));
        output.WriteLine(string.Create(en, $"{"Index",-12} {Percentile(indexed, 50),9:F3} {Percentile(indexed, 95),9:F3} {indexed[^1],9:F3}"));
        output.WriteLine(string.Create(en, $"{"Brute force",-12} {Percentile(scanned, 50),9:F3} {Percentile(scanned, 95),9:F3} {scanned[^1],9:F3}"));
        output.WriteLine(string.Create(en, $"Speed-up (brute-force p50 / index p50): {speedUp:F1}x"));
        output.WriteLine(string.Create(en, $"Scored per lookup: {(double)scored / Lookups:F1} of {(double)candidates / Lookups:F1} candidates, of {(double)pairUnits / Lookups:N0} units in the pair"));
        output.WriteLine(string.Create(en, $"Recall of brute-force matches >= {RecallScore}%: {found:N0} of {expected:N0} ({recall:P1})"));

        var misses = new List<string>();
        if (Percentile(indexed, 95) > MaximumP95)
        {
            misses.Add($"index p95 above {MaximumP95} ms");
        }

        if (speedUp < MinimumSpeedUp)
        {
            misses.Add($"speed-up below {MinimumSpeedUp}x");
        }

        if (found < expected)
        {
            misses.Add("recall below 100%");
        }

        foreach (var miss in misses)
        {
            output.WriteLine($"Target missed: {miss}.");
        }

        return misses.Count == 0 ? 0 : 1;
    }

    /// <summary>The nearest-rank percentile of sorted times.</summary>
    private static double Percentile(double[] sorted, int percent) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
}
