using System.Globalization;
using System.Text;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;

namespace Translate.Domain.Tests.Segmentation;

public class SegmenterEdgeCaseTests
{
    [Theory]
    [InlineData(Language.En, "")]
    [InlineData(Language.En, "   ")]
    [InlineData(Language.Fr, "\r\n\t \n")]
    [InlineData(Language.Zh, "\u00A0\u3000")]
    public void Split_EmptyOrWhitespaceOnly_GivesNoSentences(Language language, string text) =>
        Assert.Empty(Segmenter.Split(text, language));

    [Theory]
    [InlineData(Language.En, "A heading without a mark", "A heading without a mark")]
    [InlineData(Language.De, "Erst das. Dann ohne Punkt", "Erst das.", "Dann ohne Punkt")]
    [InlineData(Language.Zh, "先这样。然后没有标点", "先这样。", "然后没有标点")]
    public void Split_TextWithoutFinalMark_KeepsTheLastSentence(Language language, string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, language));

    [Theory]
    [InlineData("Stop!!!", "Stop!!!")]
    [InlineData("Stop!!! Go now!!!", "Stop!!!", "Go now!!!")]
    [InlineData("What?! Really?!", "What?!", "Really?!")]
    public void Split_SeveralFinalMarks_StayTogether(string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, Language.En));

    [Fact]
    public void Split_LineBreaksTabsAndSpaceRuns_FoldToOneSpace() =>
        Assert.Equal(
            ["First line second line.", "Third."],
            Segmenter.Split("  First  line\r\nsecond\tline.\n\n  Third.  ", Language.En));

    [Fact]
    public void Split_VeryLongText_GivesEverySentence()
    {
        const int count = 2_500;
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Item {i} was signed by Dr. J. Smith, e.g. at 3.5 percent on www.gouvernement.lu. ");
        }

        Assert.True(text.Length > 200_000);
        var sentences = Segmenter.Split(text.ToString(), Language.En);

        Assert.Equal(count, sentences.Count);
        Assert.Equal("Item 2499 was signed by Dr. J. Smith, e.g. at 3.5 percent on www.gouvernement.lu.", sentences[^1]);
    }

    [Fact]
    public void Split_VeryLongChineseText_GivesEverySentence()
    {
        var text = string.Concat(Enumerable.Repeat("卢森堡与中国签署了SpaceResources.lu合作协议。", 10_000));

        Assert.Equal(10_000, Segmenter.Split(text, Language.Zh).Count);
    }

    public static TheoryData<string, int> HostileInputs => new()
    {
        { new string('.', 200_000) + " Next.", 2 },
        { "Yes." + new string('"', 200_000) + " Next.", 1 },
        { "Oui." + string.Concat(Enumerable.Repeat(" »", 100_000)) + " Puis.", 1 },
        { string.Concat(Enumerable.Repeat("a.", 100_000)), 1 },
        { string.Concat(Enumerable.Repeat("A. ", 70_000)), 1 },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Split_HostileInput_CompletesWithoutTimeout(string text, int expected) =>
        Assert.Equal(expected, Segmenter.Split(text, Language.Fr).Count);
}
