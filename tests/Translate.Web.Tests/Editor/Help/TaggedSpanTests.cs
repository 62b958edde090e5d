using Translate.Domain.Documents;
using Translate.Web.Components.Pages.Editor.Help;

namespace Translate.Web.Tests.Editor.Help;

public sealed class TaggedSpanTests
{
    [Theory]
    [InlineData("The Ministry of the Economy said.", "Ministry of the Economy", "Ministry of the Economy")]
    [InlineData("The <1>Ministry of the Economy</1> said.", "Ministry of the Economy", "Ministry of the Economy")]
    [InlineData("<1>The</1> <2/>Ministry of <3>the Economy</3> said.", "Ministry of the Economy", "Ministry of <3>the Economy")]
    [InlineData("<1>Ministry</1>", "Ministry", "Ministry")]
    [InlineData("The <12>经济部</12>今天", "经济部", "经济部")]
    public void Span_InTheStrippedText_IsPlacedInTheTaggedText_TagsAtItsEdgesLeftOut(string tagged, string term, string expected)
    {
        var start = InlineTags.Strip(tagged).IndexOf(term, StringComparison.Ordinal);

        var (taggedStart, length) = TaggedSpan.Of(tagged, start, term.Length);

        Assert.Equal(expected, tagged.Substring(taggedStart, length));
    }

    [Fact]
    public void Span_BeyondTheText_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TaggedSpan.Of("<1>short</1>", 3, 5));
    }
}
