using Bunit;
using Translate.Domain.Languages;
using Translate.Domain.Memory;
using Translate.Web.Components.Pages.Editor.Help;

namespace Translate.Web.Tests.Editor.Help;

public sealed class MemoryMatchesTests : HelpTest
{
    private const string Source = "The Minister opened the fair.";

    [Fact]
    public void Matches_ShowTheirPercentageAsText_AndWhereTheyCameFrom()
    {
        var cut = Render(Source,
            Match(Source, "La ministre a ouvert la foire.", MatchScorer.InContext),
            Match(Source, "Le ministre a ouvert la foire.", MatchScorer.Exact, release: null, author: null),
            Match("The Minister closed the fair.", "La ministre a fermé la foire.", 87, release: null));

        Assert.Equal(["101% in context", "100%", "87%"], cut.FindAll(".match .score").Select(s => s.TextContent));
        Assert.Equal(
            ["From “Space mining law passed”, approved 3 days ago by Anna Weber", "Imported, 3 days ago", "Imported, 3 days ago, by Anna Weber"],
            cut.FindAll(".match .origin").Select(o => o.TextContent));
        Assert.Equal("La ministre a ouvert la foire.", cut.FindAll(".match-target")[0].TextContent);
        Assert.Equal("fr", cut.FindAll(".match-target")[0].GetAttribute("lang"));
        Assert.Equal("Translation memory", cut.Find("section.memory-matches h2").TextContent);
    }

    [Fact]
    public void ChangedWord_IsMarkedAsInsertedAndDeleted_ForEyesAndScreenReaders()
    {
        var cut = Render(Source, Match("The Minister closed the fair.", "La ministre a fermé la foire.", 87));

        var source = cut.Find(".match-source");
        Assert.Equal("inserted opened", source.QuerySelector("ins")!.TextContent);
        Assert.Equal("deleted closed", source.QuerySelector("del")!.TextContent);
        Assert.Equal("inserted ", source.QuerySelector("ins .sr-only")!.TextContent);
        Assert.Equal("deleted ", source.QuerySelector("del .sr-only")!.TextContent);
        Assert.Equal("en", source.GetAttribute("lang"));
    }

    [Fact]
    public void ChineseSource_IsDiffedPerCharacter()
    {
        var cut = Render("经济部长今天发言。", Match("经济部长昨天发言。", "The Minister of the Economy spoke yesterday.", 89, targetLanguage: Language.En, sourceLanguage: Language.Zh));

        Assert.Equal(["今"], cut.FindAll("ins").Select(i => i.LastChild!.TextContent));
        Assert.Equal(["昨"], cut.FindAll("del").Select(d => d.LastChild!.TextContent));
        Assert.Equal("zh-Hans", cut.Find(".match-source").GetAttribute("lang"));
    }

    [Fact]
    public void TagsInTheSourceAndTarget_AreShownAsTheEditorShowsThem()
    {
        var cut = Render("The <1>Minister</1> spoke.", Match("The <1>Minister</1> spoke.", "La <1>ministre</1> a parlé.", MatchScorer.Exact));

        Assert.Equal(["<1>", "</1>"], cut.FindAll(".match-source span.inline-tag").Select(t => t.TextContent));
        Assert.Equal(["<1>", "</1>"], cut.FindAll(".match-target span.inline-tag").Select(t => t.TextContent));
        Assert.Empty(cut.FindAll("ins, del"));
    }

    [Fact]
    public void InsertButton_RaisesTheCallbackWithItsMatch()
    {
        MemoryMatch? inserted = null;
        var second = Match("The Minister closed the fair.", "La ministre a fermé la foire.", 87);
        var cut = Render<MemoryMatches>(p => p
            .Add(x => x.SourceText, Source)
            .Add(x => x.Matches, [Match(Source, "La ministre a ouvert la foire.", MatchScorer.Exact), second])
            .Add(x => x.Now, Now)
            .Add(x => x.OnInsert, m => inserted = m));

        cut.FindAll("button").Single(b => b.TextContent == "Insert match 2").Click();

        Assert.Same(second, inserted);
    }

    [Fact]
    public void FirstThreeMatches_ShowTheirShortcut()
    {
        var cut = Render(Source, [.. Enumerable.Range(0, 4).Select(i => Match(Source, $"Traduction {i}.", 100 - i))]);

        var buttons = cut.FindAll("button");
        Assert.Equal(["Control+1", "Control+2", "Control+3", null], buttons.Select(b => b.GetAttribute("aria-keyshortcuts")));
        Assert.Equal(["Ctrl+1", "Ctrl+2", "Ctrl+3"], cut.FindAll(".shortcut").Select(s => s.TextContent));
    }

    [Fact]
    public void NoMatches_SaysSo()
    {
        var cut = Render(Source);

        Assert.Equal("No matches", cut.Find("section.memory-matches p").TextContent);
        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void NextSegment_WithTheSameMatches_IsDiffedAgain()
    {
        var cut = Render(Source, Match("The Minister closed the fair.", "La ministre a fermé la foire.", 87));

        cut.Render(p => p.Add(x => x.SourceText, "The Minister visited the fair."));

        Assert.Equal("inserted visited", cut.Find("ins").TextContent);
    }

    private IRenderedComponent<MemoryMatches> Render(string source, params IReadOnlyList<MemoryMatch> matches) =>
        Render<MemoryMatches>(p => p
            .Add(x => x.SourceText, source)
            .Add(x => x.Matches, matches)
            .Add(x => x.Now, Now));
}
