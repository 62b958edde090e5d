using Translate.Domain.Memory;

namespace Translate.Domain.Tests.Memory;

public class MatchScorerTests
{
    [Fact]
    public void Score_OneWordChangedInTenWords_Is90() =>
        Assert.Equal(90, MatchScorer.Score(
            "The Ministry of the Economy signed the agreement in Luxembourg",
            "The Ministry of the Economy approved the agreement in Luxembourg"));

    [Fact]
    public void Score_OneWordDroppedFromTenWords_Is90() =>
        Assert.Equal(90, MatchScorer.Score(
            "The Ministry of the Economy signed the agreement in Luxembourg",
            "The Ministry of the Economy signed agreement in Luxembourg"));

    [Fact]
    public void Score_TwoWordsSwapped_CostsTwoEdits() =>
        // 10 tokens, a swap is two substitutions: ⌊100 × 8/10⌋.
        Assert.Equal(80, MatchScorer.Score(
            "The Ministry of the Economy signed the agreement in Luxembourg",
            "The Ministry of the Economy the signed agreement in Luxembourg"));

    [Fact]
    public void Score_OneChineseCharacterChangedInTen_Is90() =>
        Assert.Equal(90, MatchScorer.Score("卢森堡与中国合作探索", "卢森堡与美国合作探索"));

    [Fact]
    public void Score_OneChineseCharacterChangedInTwelve_RoundsDown() =>
        // ⌊100 × 11/12⌋ = 91.
        Assert.Equal(91, MatchScorer.Score("卢森堡与中国合作探索太空", "卢森堡与美国合作探索太空"));

    [Fact]
    public void Score_CountsEachTagAsAToken() =>
        // 5 tokens (press, <1>, release, </1>, today) against 3: two insertions, ⌊100 × 3/5⌋.
        Assert.Equal(60, MatchScorer.Score("Press <1>release</1> today", "Press release today"));

    [Theory]
    [InlineData("The Ministry signed the agreement.", "The Ministry signed the agreement.", 100)]
    [InlineData("The Ministry  signed the\tagreement. ", " The Ministry signed the agreement.", 100)]
    [InlineData("The Ministry signed the agreement.", "the ministry signed the agreement.", 99)]
    [InlineData("The Ministry signed, today.", "The Ministry signed , today .", 99)]
    [InlineData("The <1>Ministry</1> signed.", "The <2>Ministry</2> signed.", 99)]
    [InlineData("The <1>Ministry</1> signed.", "the <2>Ministry</2> signed .", 97)]
    public void Score_OnlyEqualTextsAre100_FormalDifferencesCostAPointEach(string text, string other, int score) =>
        Assert.Equal(score, MatchScorer.Score(text, other));

    [Theory]
    [InlineData("", "The Ministry")]
    [InlineData("The Ministry", "  ")]
    [InlineData(" ", "\t")]
    public void Score_OfATextWithoutTokens_IsZero(string text, string other) =>
        Assert.Equal(0, MatchScorer.Score(text, other));

    [Fact]
    public void Score_WhenTheMinimumCannotBeReached_IsMinusOne()
    {
        var tokenizer = new MemoryTokenizer();
        const string text = "The Ministry of the Economy signed the agreement in Luxembourg";
        const string other = "The Ministry of the Economy approved the agreement in Luxembourg";

        var tokens = MemoryTokenizer.Tokenize(text);

        Assert.Equal(90, MatchScorer.Score(tokens, tokenizer.Ids(tokens), other, tokenizer.Ids(other), 90));
        Assert.Equal(-1, MatchScorer.Score(tokens, tokenizer.Ids(tokens), other, tokenizer.Ids(other), 91));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4 }, new[] { 1, 2, 3, 4 }, 4, 0)]
    [InlineData(new[] { 1, 2, 3, 4 }, new[] { 1, 9, 3, 4 }, 4, 1)]
    [InlineData(new[] { 1, 2, 3, 4 }, new[] { 2, 3, 4, 5 }, 4, 2)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6 }, new[] { 6, 5, 4, 3, 2, 1 }, 6, 6)]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 2, 3, 4, 5, 6 }, 3, 3)]
    public void Distance_IsLevenshteinOverTokens(int[] a, int[] b, int maximum, int distance) =>
        Assert.Equal(distance, MatchScorer.Distance(a, b, maximum));

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6 }, new[] { 6, 5, 4, 3, 2, 1 }, 2)]
    [InlineData(new[] { 1, 2 }, new[] { 1, 2, 3, 4, 5, 6 }, 3)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }, new[] { 9, 9, 9, 9, 5, 6, 7, 8 }, 1)]
    public void Distance_BeyondTheMaximum_StopsAtMaximumPlusOne(int[] a, int[] b, int maximum) =>
        Assert.Equal(maximum + 1, MatchScorer.Distance(a, b, maximum));

    [Fact]
    public void MaximumDistance_IsTheLargestDistanceThatStillScoresTheMinimum()
    {
        Assert.Equal(5, MatchScorer.MaximumDistance(10, 50));
        Assert.Equal(2, MatchScorer.MaximumDistance(10, 75));
        Assert.Equal(0, MatchScorer.MaximumDistance(10, 100));
    }

    [Theory]
    [InlineData("Media contact:", " Media\tcontact:  ", true)]
    [InlineData("Media contact:", "Media  contact :", false)]
    [InlineData("Media contact:", "Mediacontact:", false)]
    [InlineData("Media contact:", "Media contact", false)]
    [InlineData(null, null, true)]
    [InlineData(null, "", false)]
    public void SameText_FoldsWhitespaceRunsOnly(string? text, string? other, bool same) =>
        Assert.Equal(same, MatchScorer.SameText(text, other));
}
