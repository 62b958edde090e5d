using Translate.Domain.Memory;

namespace Translate.Domain.Tests.Memory;

public class MemoryTokenizerTests
{
    [Theory]
    [InlineData("The Ministry of the Economy", "the|ministry|of|the|economy")]
    [InlineData("Phone: (+352) 247-74126", "phone|:|(|+|352|)|247-74126")]
    [InlineData("3.5 tonnes, 1,000 people at 9:30.", "3.5|tonnes|,|1,000|people|at|9:30|.")]
    [InlineData("China's gateway, extra-atmosphérique", "china's|gateway|,|extra-atmosphérique")]
    [InlineData("SpaceResources.lu", "spaceresources|.|lu")]
    [InlineData("Press <1>release</1><2/> today", "press|<#>|release|</#>|<#/>|today")]
    [InlineData("a < 3 and <0> or <1000>", "a|<|3|and|<|0|>|or|<|1000|>")]
    [InlineData("卢森堡与中国2018年合作。", "卢|森|堡|与|中|国|2018|年|合|作|。")]
    [InlineData("  \t ", "")]
    public void Tokenize_SplitsWordsNumbersPunctuationTagsAndHanCharacters(string text, string keys) =>
        Assert.Equal(keys, string.Join('|', MemoryTokenizer.Tokenize(text).Select(t => t.Key)));

    [Fact]
    public void Tokenize_KeepsTheTextAndTheSpaceBeforeEachToken()
    {
        var tokens = MemoryTokenizer.Tokenize("Hello , <7>World</7>");

        Assert.Equal(
            [("Hello", false), (",", true), ("<7>", true), ("World", false), ("</7>", false)],
            tokens.Select(t => (t.Text, t.SpaceBefore)));
    }

    [Fact]
    public void QueryIds_GiveUnknownTokensIdsOfTheirOwn_WithoutGrowingTheVocabulary()
    {
        var tokenizer = new MemoryTokenizer();
        var known = tokenizer.Ids("space science");

        var ids = tokenizer.QueryIds("space rocket science rocket comet");

        Assert.Equal(2, tokenizer.VocabularySize);
        Assert.Equal([known[0], -1, known[1], -1, -2], ids);
    }
}
