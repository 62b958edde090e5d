using Bunit;
using Translate.Domain.Languages;
using Translate.Domain.Memory;
using Translate.Web.Components.Pages.Editor.Help;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Editor.Help;

/// <summary>The help panel's matches and terms in Chinese and in Luxembourgish.</summary>
public sealed class HelpCultureTests : HelpTest
{
    private const string Source = "The Minister opened the fair.";

    [Theory]
    [InlineData("zh-Hans", "翻译记忆库", "101% 上下文匹配", "87%", "来自“Space mining law passed”，3 天前由 Anna Weber 批准", "插入匹配 1", "Ctrl+1", "新增 ")]
    [InlineData("lb", "Iwwersetzungsspäicher", "101\u00a0% am Kontext", "87\u00a0%", "Aus „Space mining law passed“, virun 3 Deeg vum Anna Weber guttgeheescht", "Treffer 1 asetzen", "Ctrl+1", "agefüügt ")]
    public void MemoryMatches_InTheUiCulture_AreWordedInThatLanguage(
        string culture, string heading, string inContext, string fuzzy, string origin, string insert, string shortcut, string inserted)
    {
        using var _ = new UiCulture(culture);

        var cut = Render<MemoryMatches>(p => p
            .Add(x => x.SourceText, Source)
            .Add(x => x.Matches, [Match(Source, "La ministre a ouvert la foire.", MatchScorer.InContext), Match("The Minister closed the fair.", "La ministre a fermé la foire.", 87)])
            .Add(x => x.Now, Now));

        Assert.Equal(heading, cut.Find("h2").TextContent);
        Assert.Equal([inContext, fuzzy], cut.FindAll(".score").Select(s => s.TextContent));
        Assert.Equal(origin, cut.Find(".origin").TextContent);
        Assert.Equal(insert, cut.FindAll("button")[0].TextContent);
        Assert.Equal(shortcut, cut.Find(".shortcut").TextContent);
        Assert.Equal(inserted, cut.Find("ins .sr-only").TextContent);
    }

    [Theory]
    [InlineData("zh-Hans", "无匹配")]
    [InlineData("lb", "Keng Treffer")]
    public void NoMatches_InTheUiCulture_SaysSoInThatLanguage(string culture, string none)
    {
        using var _ = new UiCulture(culture);

        var cut = Render<MemoryMatches>(p => p.Add(x => x.SourceText, Source).Add(x => x.Matches, []).Add(x => x.Now, Now));

        Assert.Equal(none, cut.Find("p").TextContent);
    }

    [Theory]
    [InlineData("zh-Hans", "术语", "禁用：ministère de l’Économie nationale、ministère des Finances", "插入术语“ministère de l’Économie”", "不翻译", "已批准译法：ministère de l’Économie")]
    [InlineData("lb", "Begrëffer", "net: ministère de l’Économie nationale, ministère des Finances", "De Begrëff „ministère de l’Économie“ asetzen", "net iwwersetzen", "Am Glossar guttgeheescht: ministère de l’Économie")]
    public void GlossaryTerms_InTheUiCulture_AreWordedInThatLanguage(
        string culture, string heading, string forbidden, string insertLabel, string doNotTranslate, string mark)
    {
        using var _ = new UiCulture(culture);
        const string source = "The Ministry of the Economy supports SpaceResources.lu.";
        var hits = SampleGlossary.Find(source, Language.En);

        var terms = Render<GlossaryTerms>(p => p
            .Add(x => x.SourceText, source).Add(x => x.Hits, hits).Add(x => x.TargetLanguage, Language.Fr));
        var highlighted = Render<HighlightedSource>(p => p
            .Add(x => x.Text, source).Add(x => x.Hits, hits).Add(x => x.TargetLanguage, Language.Fr));

        Assert.Equal(heading, terms.Find("h2").TextContent);
        Assert.Equal(forbidden, terms.Find(".forbidden").TextContent);
        Assert.NotNull(terms.Find($"button[aria-label='{insertLabel}']"));
        Assert.Equal(doNotTranslate, terms.Find(".state").TextContent);
        Assert.Equal(mark, highlighted.Find("mark").GetAttribute("title"));
    }
}
