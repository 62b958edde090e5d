using Translate.Domain.Languages;
using Translate.Domain.Memory;
using static Translate.Domain.Tests.Memory.Units;

namespace Translate.Domain.Tests.Memory;

public sealed class TranslationMemoryTests : IDisposable
{
    private const string Signed = "The Ministry of the Economy signed the agreement in Luxembourg";
    private const string Before = "Luxembourg cooperates with China.";
    private const string After = "The laboratory opens in March.";

    private readonly TranslationMemory memory = new();

    public void Dispose() => memory.Dispose();

    [Fact]
    public void Lookup_AnExactMatchWithTheSameNeighbours_Scores101()
    {
        var unit = Unit(Signed) with { PreviousSourceText = Before, NextSourceText = After };
        memory.Add(unit);

        var match = Assert.Single(memory.Lookup(Query(Signed) with { PreviousSourceText = Before, NextSourceText = " The laboratory  opens in March." }));

        Assert.Equal((unit, 101), (match.Unit, match.Score));
    }

    [Theory]
    [InlineData(Before, "The laboratory opens in April.")]
    [InlineData(null, After)]
    public void Lookup_AnExactMatchWithOtherNeighbours_Scores100(string? previous, string? next)
    {
        memory.Add(Unit(Signed) with { PreviousSourceText = Before, NextSourceText = After });

        var match = Assert.Single(memory.Lookup(Query(Signed) with { PreviousSourceText = previous, NextSourceText = next }));

        Assert.Equal(100, match.Score);
    }

    [Fact]
    public void Lookup_AnImportedUnitWithoutNeighbours_IsNeverInContext()
    {
        memory.Add(Unit(Signed));

        var match = Assert.Single(memory.Lookup(Query(Signed)));

        Assert.Equal(100, match.Score);
    }

    [Fact]
    public void Lookup_GivesTheBestScoreFirst_ThenTheNewerApproval()
    {
        var older = Unit(Signed, day: 1);
        var newer = Unit(Signed, day: 2);
        var fuzzy = Unit("The Ministry of the Economy approved the agreement in Luxembourg", day: 3);
        var fuzzier = Unit("The Ministry of the Economy approved the contract in Luxembourg", day: 4);
        memory.AddRange([fuzzier, older, fuzzy, newer]);

        var matches = memory.Lookup(Query(Signed));

        Assert.Equal([(newer, 100), (older, 100), (fuzzy, 90), (fuzzier, 80)], matches.Select(m => (m.Unit, m.Score)));
    }

    [Fact]
    public void Lookup_LeavesOutMatchesBelowTheMinimumScore()
    {
        memory.AddRange([Unit("The Ministry of the Economy approved the agreement in Luxembourg"), Unit("The Ministry of the Economy approved the contract in Luxembourg")]);

        var match = Assert.Single(memory.Lookup(Query(Signed) with { MinimumScore = 85 }));

        Assert.Equal(90, match.Score);
    }

    [Fact]
    public void Lookup_GivesAtMostTheMaximumResults_TheBestOnes()
    {
        var exact = Unit(Signed);
        memory.AddRange([Unit("The Ministry of the Economy approved the contract in Luxembourg"), exact, Unit("The Ministry of the Economy approved the agreement in Luxembourg")]);

        var match = Assert.Single(memory.Lookup(Query(Signed) with { MaximumResults = 1 }));

        Assert.Equal(exact, match.Unit);
    }

    [Fact]
    public void Lookup_OfAMinimumOf101_GivesOnlyInContextMatches()
    {
        var inContext = Unit(Signed) with { PreviousSourceText = Before, NextSourceText = After };
        memory.AddRange([Unit(Signed), inContext]);

        var match = Assert.Single(memory.Lookup(Query(Signed) with { PreviousSourceText = Before, NextSourceText = After, MinimumScore = 101 }));

        Assert.Equal(inContext, match.Unit);
    }

    [Fact]
    public void Lookup_KeepsLanguagePairsApart()
    {
        var german = Unit(Signed, to: Language.De);
        memory.AddRange([german, Unit(Signed, from: Language.Fr, to: Language.En), Unit(Signed, to: Language.Zh)]);

        var match = Assert.Single(memory.Lookup(Query(Signed, to: Language.De)));

        Assert.Equal(german, match.Unit);
        Assert.Empty(memory.Lookup(Query(Signed, to: Language.Lb)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \t")]
    [InlineData("Nothing shared here")]
    public void Lookup_OfATextWithoutTokensOrSharingNone_FindsNothing(string text)
    {
        memory.Add(Unit(Signed));

        Assert.Empty(memory.Lookup(Query(text)));
    }

    [Fact]
    public void Remove_TakesTheUnitOutOfLookups()
    {
        var unit = Unit(Signed);
        var other = Unit("The Ministry of the Economy approved the agreement in Luxembourg");
        memory.AddRange([unit, other]);

        Assert.True(memory.Remove(unit.Id));

        Assert.Equal([other], memory.Lookup(Query(Signed)).Select(m => m.Unit));
        Assert.Equal(1, memory.Count);
        Assert.False(memory.Remove(unit.Id));
    }

    [Fact]
    public void Remove_OfMostUnits_KeepsTheOthersFound()
    {
        var units = Enumerable.Range(0, 300).Select(i => Unit($"{Signed} number {i}", day: i)).ToList();
        memory.AddRange(units);

        foreach (var unit in units.Where((_, i) => i % 10 != 0))
        {
            memory.Remove(unit.Id);
        }

        var matches = memory.Lookup(Query(Signed) with { MaximumResults = 100 });
        Assert.Equal(units.Where((_, i) => i % 10 == 0).Reverse(), matches.Select(m => m.Unit));
        Assert.Equal(30, memory.Count);
    }

    [Fact]
    public void AddRange_WithAnIdAlreadyInTheMemory_AddsNone()
    {
        var unit = Unit(Signed);
        memory.Add(unit);

        Assert.Throws<ArgumentException>(() => memory.AddRange([Unit("Another sentence."), unit]));

        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public void Search_FindsTheWordsInTheLanguagesText_IgnoringCase_NewestFirst()
    {
        var older = Unit("The Ministry of the Economy signed.", day: 1, target: "Le ministère de l'Économie a signé.");
        var newer = Unit("The Economy ministry grows.", day: 2, to: Language.De, target: "Das Wirtschaftsministerium wächst.");
        var german = Unit("Das Ministerium der Wirtschaft.", day: 3, from: Language.De, to: Language.En, target: "The Ministry of Economy.");
        memory.AddRange([older, newer, Unit("The Ministry of Finance.", day: 4), german]);

        Assert.Equal([german, newer, older], memory.Search("ECONOMY ministry", Language.En));
        Assert.Equal([older], memory.Search("économie", Language.Fr));
        Assert.Equal([newer], memory.Search("wirtschaftsministerium", Language.De));
        Assert.Equal([german, newer], memory.Search("economy ministry", Language.En, maximumResults: 2));
    }
}
