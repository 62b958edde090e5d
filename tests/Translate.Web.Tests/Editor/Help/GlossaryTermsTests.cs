using Bunit;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Web.Components.Pages.Editor.Help;

namespace Translate.Web.Tests.Editor.Help;

public sealed class GlossaryTermsTests : HelpTest
{
    private const string Source = "The Ministry of the Economy supports SpaceResources.lu; the ministry of the economy said so.";

    [Fact]
    public void FoundTerms_ShowTheApprovedTranslation_ForbiddenVariantsAndNotes_EachTermOnce()
    {
        var cut = Render(Source, Language.Fr);

        Assert.Equal("Terms", cut.Find("section.glossary-terms h2").TextContent);
        Assert.Equal(["Ministry of the Economy", "SpaceResources.lu"], cut.FindAll("dt").Select(d => d.TextContent));
        var ministry = cut.FindAll(".term")[0];
        Assert.Equal("ministère de l’Économie", ministry.QuerySelector(".term-target")!.TextContent);
        Assert.Equal("fr", ministry.QuerySelector(".term-target")!.GetAttribute("lang"));
        Assert.Equal("not: ministère de l’Économie nationale, ministère des Finances", ministry.QuerySelector(".forbidden")!.TextContent);
        Assert.Equal(["The ministry's name since 2013.", "Lower-case m in running text."], ministry.QuerySelectorAll(".note").Select(n => n.TextContent));
    }

    [Fact]
    public void DoNotTranslateTerm_SaysSo_AndInsertsTheNameItself()
    {
        string? inserted = null;
        var cut = Render(Source, Language.Fr, text => inserted = text);

        var name = cut.FindAll(".term")[1];
        Assert.Equal("do not translate", name.QuerySelector(".state")!.TextContent);
        name.QuerySelector("button")!.Click();
        Assert.Equal("SpaceResources.lu", inserted);
    }

    [Fact]
    public void InsertButton_RaisesTheCallbackWithTheApprovedTerm()
    {
        string? inserted = null;
        var cut = Render(Source, Language.Zh, text => inserted = text);

        cut.Find("button[aria-label='Insert the term “经济部”']").Click();

        Assert.Equal("经济部", inserted);
    }

    [Fact]
    public void TermWithoutATranslationInTheTargetLanguage_OffersNothingToInsert()
    {
        var cut = Render("The Ministry of the Economy said so.", Language.De);

        Assert.Equal("No approved term for de", cut.Find(".term .hint").TextContent);
        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void TermFoundInAnotherForm_ShowsItAsWritten()
    {
        var cut = Render("The ministry of the economy said so.", Language.Fr);

        Assert.Contains("in the text: ministry of the economy", cut.FindAll(".term dd").Select(d => d.TextContent));
    }

    [Fact]
    public void NoTerms_SaysSo()
    {
        var cut = Render("Nothing to see here.", Language.Fr);

        Assert.Equal("No glossary terms in this segment", cut.Find("section.glossary-terms p").TextContent);
    }

    private IRenderedComponent<GlossaryTerms> Render(string source, Language target, Action<string>? onInsert = null) =>
        Render<GlossaryTerms>(p => p
            .Add(x => x.SourceText, source)
            .Add(x => x.Hits, SampleGlossary.Find(source, Language.En))
            .Add(x => x.TargetLanguage, target)
            .Add(x => x.OnInsert, onInsert ?? (_ => { })));
}
