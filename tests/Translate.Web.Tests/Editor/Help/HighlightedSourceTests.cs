using Bunit;
using Translate.Domain.Languages;
using Translate.Web.Components.Pages.Editor.Help;

namespace Translate.Web.Tests.Editor.Help;

public sealed class HighlightedSourceTests : HelpTest
{
    [Fact]
    public void TermInsideBoldTags_IsMarkedInside_AndTheTagsStayAsTheEditorShowsThem()
    {
        var cut = Render("The <1>Ministry of the Economy</1> said so.<2/>", Language.Fr);

        var mark = cut.Find("mark");
        Assert.Equal("Approved translation: ministère de l’Économie", mark.GetAttribute("title"));
        Assert.Equal("Ministry of the Economy Approved translation: ministère de l’Économie", mark.TextContent);
        Assert.Equal(" Approved translation: ministère de l’Économie", mark.QuerySelector(".sr-only")!.TextContent);
        Assert.Equal(["<1>", "</1>", "<2/>"], cut.FindAll("span.inline-tag").Select(t => t.TextContent));
        Assert.Equal("The <1>Ministry of the Economy</1> said so.<2/>", VisibleText(cut));
    }

    [Fact]
    public void EveryTermFound_IsMarked_DoNotTranslateSaidSo()
    {
        var cut = Render("The Ministry of the Economy supports <1>SpaceResources.lu</1>.", Language.Fr);

        Assert.Equal(["Approved translation: ministère de l’Économie", "Glossary: do not translate"], cut.FindAll("mark").Select(m => m.GetAttribute("title")));
        Assert.Equal("The Ministry of the Economy supports <1>SpaceResources.lu</1>.", VisibleText(cut));
    }

    [Fact]
    public void TermWithoutATranslation_IsMarkedAsGlossaryTermOnly()
    {
        var cut = Render("The Ministry of the Economy said so.", Language.De);

        Assert.Equal("Glossary term; no approved term for de", cut.Find("mark").GetAttribute("title"));
    }

    private IRenderedComponent<HighlightedSource> Render(string text, Language target) =>
        Render<HighlightedSource>(p => p
            .Add(x => x.Text, text)
            .Add(x => x.Hits, SampleGlossary.Find(text, Language.En))
            .Add(x => x.TargetLanguage, target));

    // What the eye sees: the text without the words only screen readers get.
    private static string VisibleText(IRenderedComponent<HighlightedSource> cut)
    {
        foreach (var hidden in cut.FindAll(".sr-only"))
        {
            hidden.Remove();
        }

        return string.Concat(cut.Nodes.Select(n => n.TextContent));
    }
}
