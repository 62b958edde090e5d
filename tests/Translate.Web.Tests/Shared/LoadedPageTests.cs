using Bunit;
using Microsoft.AspNetCore.Components;
using Translate.Web.Components.Shared;

namespace Translate.Web.Tests.Shared;

public sealed class LoadedPageTests : BunitContext
{
    private IRenderedComponent<LoadedPage<string>> Page(string? loaded, bool notFound = false, string? refusal = null) =>
        Render<LoadedPage<string>>(p => p
            .Add(x => x.Loaded, loaded)
            .Add(x => x.Heading, "Review French")
            .Add(x => x.NotFound, notFound)
            .Add(x => x.Refusal, refusal)
            .Add(x => x.LoadingText, "Loading…")
            .Add(x => x.NotFoundTitle, "Not found")
            .Add(x => x.NotFoundText, "No language xx here.")
            .Add(x => x.NotFoundBack, "Back to the releases")
            .Add(x => x.ChildContent, (RenderFragment<string>)(text => builder => builder.AddMarkupContent(0, $"<p id=\"page\">{text}</p>"))));

    [Fact]
    public void AnUnknownAddress_SaysNotFound_AndLeadsBackToTheReleases()
    {
        var cut = Page(null, notFound: true);

        Assert.Equal("Not found", cut.Find("h1").TextContent);
        Assert.Equal("releases", cut.Find("a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("#page"));
    }

    [Fact]
    public void WhileLoading_TheHeadingAndALoadingLine_OrTheRefusal()
    {
        Assert.Equal("Loading…", Page(null).Find("p").TextContent);
        Assert.Equal("You may not.", Page(null, refusal: "You may not.").Find("[role=alert]").TextContent);
    }

    [Fact]
    public void OnceLoaded_ThePageItself()
    {
        var cut = Page("the sheet");

        Assert.Equal("the sheet", cut.Find("#page").TextContent);
        Assert.Empty(cut.FindAll("h1"));
    }
}
