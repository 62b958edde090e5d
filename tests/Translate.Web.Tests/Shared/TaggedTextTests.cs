using Bunit;
using Translate.Web.Components.Shared;

namespace Translate.Web.Tests.Shared;

public sealed class TaggedTextTests : BunitContext
{
    [Fact]
    public void Tags_AreSetApartFromTheWordsAndDescribed()
    {
        var cut = Render<TaggedText>(p => p.Add(x => x.Text, "The <1>Minister</1> spoke.<2/>"));

        Assert.Equal("The <1>Minister</1> spoke.<2/>", Text(cut));
        Assert.Equal(["<1>", "</1>", "<2/>"], cut.FindAll("span.inline-tag").Select(s => s.TextContent));
        Assert.StartsWith("Formatting 1 starts", cut.FindAll("span.inline-tag")[0].GetAttribute("title"), StringComparison.Ordinal);
        Assert.StartsWith("Element 2", cut.FindAll("span.inline-tag")[2].GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_WithoutTags_IsJustTheText()
    {
        var cut = Render<TaggedText>(p => p.Add(x => x.Text, "3 < 4 > 2"));

        Assert.Equal("3 < 4 > 2", Text(cut));
        Assert.Empty(cut.FindAll("span.inline-tag"));
    }

    private static string Text(IRenderedComponent<TaggedText> cut) =>
        string.Concat(cut.Nodes.Select(n => n.TextContent));
}
