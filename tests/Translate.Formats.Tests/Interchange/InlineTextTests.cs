using Translate.Formats.Interchange;

namespace Translate.Formats.Tests.Interchange;

public class InlineTextTests
{
    [Fact]
    public void ToPlainString_DropsCodesAndWritesLineBreaksAsNewLines()
    {
        var text = new InlineText(
        [
            new OpeningCode("1", InlineKind.Bold), new TextRun("Bold"), new ClosingCode("1"),
            new StandaloneCode("2", InlineKind.LineBreak), new TextRun("next"),
        ]);

        Assert.Equal("Bold\nnext", text.ToPlainString());
    }

    [Fact]
    public void New_AdjacentAndEmptyRuns_AreMergedSoEqualTextsAreEqual()
    {
        var split = new InlineText([new TextRun("Lëtze"), new TextRun(""), new TextRun("buerg")]);

        Assert.Equal(InlineText.Plain("Lëtzebuerg"), split);
        Assert.Single(split.Parts);
    }

    [Theory]
    [InlineData("Inline code '1' is opened but never closed.", "open 1")]
    [InlineData("Inline code '1' is closed but was never opened.", "close 1")]
    [InlineData("Inline code '1' is closed before '2', which was opened inside it.", "open 1", "open 2", "close 1")]
    public void New_CodesThatDoNotPairUp_AreRefused(string expected, params string[] codes)
    {
        var parts = codes.Select(c => c.Split(' ')).Select<string[], InlinePart>(c =>
            c[0] == "open" ? new OpeningCode(c[1], InlineKind.Bold) : new ClosingCode(c[1]));

        var refusal = Assert.Throws<ArgumentException>(() => new InlineText(parts));

        Assert.StartsWith(expected, refusal.Message, StringComparison.Ordinal);
    }
}
