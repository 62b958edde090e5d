namespace Translate.Formats.Tests;

public class MarkdownEscapeTests
{
    [Theory]
    [InlineData("*not* _emphasis_ `code` [link] <b> a|b \\", @"\*not\* \_emphasis\_ \`code\` \[link\] \<b> a\|b \\")]
    [InlineData("AT&T &amp; &#38;", @"AT&T \&amp; \&#38;")]
    public void Words_InlineMarkup_IsEscapedWhereverItStands(string words, string expected)
    {
        Assert.Equal(expected, MarkdownEscape.Words(words, atBlockStart: false));
        Assert.Equal(expected, MarkdownEscape.Words(words, atBlockStart: true));
    }

    [Theory]
    [InlineData("# Not a heading", @"\# Not a heading")]
    [InlineData("> not a quote", @"\> not a quote")]
    [InlineData("- not a bullet", @"\- not a bullet")]
    [InlineData("2018. The year", @"2018\. The year")]
    [InlineData("3) three", @"3\) three")]
    public void Words_AtBlockStart_EscapesTheMarkThatWouldOpenABlock(string words, string expected)
    {
        Assert.Equal(expected, MarkdownEscape.Words(words, atBlockStart: true));
        Assert.Equal(words, MarkdownEscape.Words(words, atBlockStart: false));
    }
}
