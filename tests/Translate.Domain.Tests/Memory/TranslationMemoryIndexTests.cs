using Translate.Domain.Languages;
using Translate.Domain.Memory;
using Translate.Testing.Memory;
using static Translate.Domain.Tests.Memory.Units;

namespace Translate.Domain.Tests.Memory;

/// <summary>The index finds what scoring every unit finds, without scoring every unit, and holds under concurrent writes.</summary>
public sealed class TranslationMemoryIndexTests : IDisposable
{
    private const int CorpusSize = 4000;

    private readonly IReadOnlyList<MemoryUnit> corpus = MemoryCorpus.Units(CorpusSize, seed: 7);
    private readonly TranslationMemory memory = new();

    public TranslationMemoryIndexTests() => memory.AddRange(corpus);

    public void Dispose() => memory.Dispose();

    public static TheoryData<int, int> Limits => new() { { 50, 5 }, { 75, 20 }, { 90, 200 }, { 30, 3 }, { 100, 10 }, { 101, 5 } };

    [Theory]
    [MemberData(nameof(Limits))]
    public void Lookup_ReturnsExactlyTheBruteForceMatches(int minimumScore, int maximumResults)
    {
        var bruteForce = new BruteForceMemory(corpus);
        foreach (var query in MemoryCorpus.Queries(150, seed: 11).Select(q => q with { MinimumScore = minimumScore, MaximumResults = maximumResults }))
        {
            var expected = bruteForce.Lookup(query);

            var actual = memory.Lookup(query);

            Assert.Equal(expected.Select(m => (m.Unit.Id, m.Score)), actual.Select(m => (m.Unit.Id, m.Score)));
        }
    }

    [Fact]
    public void Lookup_AfterRemovals_StillReturnsExactlyTheBruteForceMatches()
    {
        var removed = corpus.Where((_, i) => i % 3 != 0).ToList();
        foreach (var unit in removed)
        {
            memory.Remove(unit.Id);
        }

        var bruteForce = new BruteForceMemory(corpus.Except(removed));
        foreach (var query in MemoryCorpus.Queries(100, seed: 12))
        {
            Assert.Equal(bruteForce.Lookup(query).Select(m => (m.Unit.Id, m.Score)), memory.Lookup(query).Select(m => (m.Unit.Id, m.Score)));
        }
    }

    [Fact]
    public void Lookup_ScoresOnlyAFewOfTheLanguagePairsUnits()
    {
        var matches = 0;
        foreach (var query in MemoryCorpus.Queries(100, seed: 13))
        {
            matches += memory.Lookup(query, out var statistics).Count;

            Assert.Equal(corpus.Count(u => u.TargetLanguage == query.TargetLanguage), statistics.Units);
            Assert.InRange(statistics.Scored, 0, statistics.Units / 5);
        }

        // Not for want of matches: nearly every query has its five.
        Assert.InRange(matches, 450, 500);
    }

    [Fact]
    public void Lookup_NeverScoresAUnitTooLongOrTooShortForTheMinimum()
    {
        using var small = new TranslationMemory();
        small.AddRange(
        [
            Unit("Space science in Luxembourg and China, with the Ministry of the Economy and the National Space Science Center"),
            Unit("Space"),
        ]);

        var matches = small.Lookup(Query("Space science in Luxembourg") with { MinimumScore = 50 }, out var statistics);

        Assert.Empty(matches);
        Assert.Equal((2, 0, 0), (statistics.Units, statistics.Candidates, statistics.Scored));
    }

    [Fact]
    public void Lookup_NeverScoresAUnitSharingTooFewTokens()
    {
        using var small = new TranslationMemory();
        small.AddRange([Unit("Space research in China"), Unit("Laboratory of Luxembourg space")]);

        var matches = small.Lookup(Query("Space science in Luxembourg") with { MinimumScore = 75 }, out var statistics);

        Assert.Empty(matches);
        Assert.Equal((2, 0, 0), (statistics.Units, statistics.Candidates, statistics.Scored));
    }

    [Fact]
    public async Task Lookup_WhileUnitsAreAdded_NeverSeesHalfABatch()
    {
        // Each batch adds five identical units: a lookup that saw part of a batch would count exact matches not a multiple of five.
        const string Sentence = "The Research Laboratory will employ at least 5 employees in Luxembourg.";
        using var shared = new TranslationMemory();
        shared.AddRange(corpus);
        var query = Query(Sentence) with { MinimumScore = 100, MaximumResults = 10_000 };
        var batches = Enumerable.Range(0, 200).Select(b => Enumerable.Range(0, 5).Select(_ => Unit(Sentence, day: b)).ToList()).ToList();
        using var stop = new CancellationTokenSource();
        var exactBefore = shared.Lookup(query).Count;

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var lookups = 0;
            while (!stop.IsCancellationRequested || lookups == 0)
            {
                var matches = shared.Lookup(query);
                Assert.Equal(0, (matches.Count - exactBefore) % 5);
                Assert.All(matches, m => Assert.True(m.Score >= 100));
                Assert.Equal(matches.Order(MemoryMatch.BestFirst), matches);
                lookups++;
            }

            return lookups;
        })).ToList();
        foreach (var batch in batches)
        {
            shared.AddRange(batch);
        }

        stop.Cancel();
        var lookups = await Task.WhenAll(readers);

        Assert.All(lookups, l => Assert.True(l > 0));
        Assert.Equal(exactBefore + 1000, shared.Lookup(query).Count);
        Assert.Equal(CorpusSize + 1000, shared.Count);
    }

    [Fact]
    public void Lookup_OfAnotherSourceLanguage_FindsNothingInTheEnglishCorpus() =>
        Assert.Empty(memory.Lookup(Query(corpus[0].SourceText, from: Language.De, to: Language.Fr)));
}
