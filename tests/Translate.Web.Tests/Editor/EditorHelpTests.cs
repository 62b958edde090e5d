using System.Security;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Glossaries;
using Translate.Application.Memory;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Testing;
using Translate.Web.Tests.Support;
using TranslationEditor = Translate.Web.Components.Pages.Editor.Editor;

namespace Translate.Web.Tests.Editor;

/// <summary>The editor's side panel helps with the current segment: memory matches and glossary terms, each insertable.</summary>
public sealed class EditorHelpTests : EditorTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private const string FrenchMinistry = "ministère de l’Économie";

    // Segment 10 as an earlier release said it: one number differs, so the memory offers it as a fuzzy match.
    private const string EarlierSource = "In a first stage, the Research Laboratory will employ at least 8 employees in Luxembourg.";
    private const string EarlierFrench = "Dans un premier temps, le laboratoire de recherche emploiera au moins 8 personnes au Luxembourg.";

    private static string Source(int number) => SampleRelease.Segments[number - 1].Text[Language.En];

    private static string Reference(int number, Language language) => SampleRelease.Segments[number - 1].Text[language];

    [Fact]
    public async Task CurrentSegment_WithAnExactUnitInTheMemory_ShowsTheMatchWithItsPercentage()
    {
        await AssignedSampleAsync();
        await ImportAsync(Language.Fr, (Source(6), Reference(6, Language.Fr)));
        var cut = OpenEditor(People.Francoise, Language.Fr);

        cut.Find("#target-6").Focus();

        cut.WaitForAssertion(() => Assert.Equal("100%", MatchesSection(cut).QuerySelector(".score")!.TextContent), Patience);
        Assert.Equal(Reference(6, Language.Fr), MatchesSection(cut).QuerySelector(".match-target")!.TextContent);
        Assert.Equal(["Segment 6", "Checks", "Translation memory", "Terms"], cut.FindAll("aside[aria-label='Current segment'] h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task CtrlOne_PutsTheMatchInTheTarget_AndSavingItUnchangedRecordsTheMemoryAsOrigin()
    {
        await AssignedSampleAsync();
        await ImportAsync(Language.Fr, (Source(6), Reference(6, Language.Fr)));
        var cut = OpenEditor(People.Francoise, Language.Fr);
        cut.Find("#target-6").Focus();
        cut.WaitForAssertion(() => Assert.NotNull(MatchesSection(cut).QuerySelector(".score")), Patience);

        cut.Find("#target-6").KeyDown(new KeyboardEventArgs { Key = "1", Code = "Digit1", CtrlKey = true });

        Assert.Equal(Reference(6, Language.Fr), cut.Find("#target-6").GetAttribute("value"));
        Assert.Equal("Inserted the memory match in segment 6.", Announcement(cut));
        Assert.Contains("Ctrl+1…3Insert memory match 1, 2 or 3", cut.Find(".keyboard-help").TextContent, StringComparison.Ordinal);
        cut.Find("#target-6").Focus();
        cut.Find("button[aria-label='Save as translated, segment 6']").Click();
        cut.WaitForAssertion(() => Assert.Equal("Translated", Row(cut, 6).QuerySelector(".state")!.TextContent), Patience);
        Assert.Equal(RevisionOrigin.Memory, await LastOriginAsync(6));
    }

    [Fact]
    public async Task InsertedMatch_EditedBeforeSaving_IsSavedAsTheTranslatorsWork()
    {
        await AssignedSampleAsync();
        await ImportAsync(Language.Fr, (EarlierSource, EarlierFrench));
        var cut = OpenEditor(People.Francoise, Language.Fr);
        cut.Find("#target-10").Focus();

        cut.WaitForAssertion(() => MatchesSection(cut).QuerySelector("button[aria-keyshortcuts='Control+1']")!.Click(), Patience);
        Assert.Equal(EarlierFrench, cut.Find("#target-10").GetAttribute("value"));
        cut.Find("#target-10").Input(EarlierFrench.Replace('8', '5'));
        cut.Find("#target-10").Focus();
        cut.Find("button[aria-label='Save as translated, segment 10']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Translated", Row(cut, 10).QuerySelector(".state")!.TextContent), Patience);
        Assert.Equal(RevisionOrigin.Human, await LastOriginAsync(10));
    }

    [Fact]
    public async Task MovingToAnotherSegment_ShowsThatSegmentsMatches()
    {
        await AssignedSampleAsync();
        await ImportAsync(Language.Fr, (Source(6), Reference(6, Language.Fr)), (EarlierSource, EarlierFrench));
        var cut = OpenEditor(People.Francoise, Language.Fr);
        cut.Find("#target-6").Focus();
        cut.WaitForAssertion(() => Assert.Equal(Reference(6, Language.Fr), MatchesSection(cut).QuerySelector(".match-target")!.TextContent), Patience);

        cut.Find("#target-10").Focus();

        cut.WaitForAssertion(() => Assert.Equal([EarlierFrench], MatchesSection(cut).QuerySelectorAll(".match-target").Select(m => m.TextContent)), Patience);
        Assert.Contains("Segment 10", Panel(cut).TextContent, StringComparison.Ordinal);
        cut.Find("#target-7").Focus();
        cut.WaitForAssertion(() => Assert.Equal("No matches", MatchesSection(cut).QuerySelector("p")!.TextContent), Patience);
    }

    [Fact]
    public async Task GlossaryTerm_IsMarkedInTheSourceAndListedInThePanel_AndItsButtonInsertsItAtTheCaret()
    {
        await AssignedSampleAsync();
        await AddMinistryAsync();
        var module = JSInterop.SetupModule(ModulePath);
        const string typed = "Communiqué par le .";
        module.Setup<int[]>("caretOf", "target-11").SetResult([typed.Length - 1, typed.Length - 1]);
        var cut = OpenEditor(People.Francoise, Language.Fr);

        var mark = Row(cut, 11).QuerySelector("td.source mark.term")!;
        Assert.Equal("Ministry of the Economy", mark.FirstChild!.TextContent);
        Assert.Equal($"Approved translation: {FrenchMinistry}", mark.GetAttribute("title"));
        cut.Find("#target-11").Focus();
        cut.Find("#target-11").Input(typed);
        Assert.Equal(FrenchMinistry, TermsSection(cut).QuerySelector(".term-target")!.TextContent);

        TermsSection(cut).QuerySelector($"button[aria-label='Insert the term “{FrenchMinistry}”']")!.Click();

        cut.WaitForAssertion(() => Assert.Equal($"Communiqué par le {FrenchMinistry}.", cut.Find("#target-11").GetAttribute("value")), Patience);
        Assert.Equal(["target-11", typed.Length - 1 + FrenchMinistry.Length], module.Invocations["focusAt"].Single().Arguments);
        Assert.Equal($"Inserted the term “{FrenchMinistry}” in segment 11.", Announcement(cut));
    }

    [Fact]
    public async Task Panel_InChinese_NamesItsSectionsAndOffersTheMatch()
    {
        await AssignedSampleAsync();
        await ImportAsync(Language.Zh, (Source(6), Reference(6, Language.Zh)));
        await AddMinistryAsync();
        using var _ = new UiCulture("zh-Hans");
        var cut = OpenEditor(People.Zhang, Language.Zh);

        cut.Find("#target-6").Focus();

        var panel = cut.Find("aside[aria-label='当前句段']");
        cut.WaitForAssertion(() => Assert.Equal("100%", MatchesSection(cut).QuerySelector(".score")!.TextContent), Patience);
        Assert.Equal(["句段 6", "检查", "翻译记忆库", "术语"], cut.FindAll("aside h2").Select(h => h.TextContent));
        Assert.Equal("插入匹配 1", MatchesSection(cut).QuerySelector("button")!.TextContent);
        Assert.Contains("句段 6", panel.TextContent, StringComparison.Ordinal);
        Assert.Contains("插入记忆库匹配 1、2 或 3", cut.Find(".keyboard-help").TextContent, StringComparison.Ordinal);
        Assert.Equal("已批准译法：经济部", Row(cut, 11).QuerySelector("td.source mark.term")!.GetAttribute("title"));
    }

    private static AngleSharp.Dom.IElement Panel(IRenderedComponent<TranslationEditor> cut) => cut.Find("aside.segment-panel");

    private static AngleSharp.Dom.IElement MatchesSection(IRenderedComponent<TranslationEditor> cut) => cut.Find("aside section[aria-labelledby=memory-matches-heading]");

    private static AngleSharp.Dom.IElement TermsSection(IRenderedComponent<TranslationEditor> cut) => cut.Find("aside section[aria-labelledby=glossary-terms-heading]");

    /// <summary>Units in the memory as an editor imports them; after the start of translation, so nothing is filled from them.</summary>
    private async Task ImportAsync(Language target, params (string Source, string Target)[] units)
    {
        var body = string.Concat(units.Select(u =>
            $"<tu><tuv xml:lang=\"en\"><seg>{SecurityElement.Escape(u.Source)}</seg></tuv><tuv xml:lang=\"{target.Code()}\"><seg>{SecurityElement.Escape(u.Target)}</seg></tuv></tu>"));
        var bytes = Encoding.UTF8.GetBytes($"""
            <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/>
            <body>{body}</body></tmx>
            """);
        await App.Get<MemoryExchange>().ImportTmxAsync(People.Anna.Id, new MemoryStream(bytes), bytes.Length);
    }

    /// <summary>The demo glossary's entry for the ministry, added by an editor.</summary>
    private async Task AddMinistryAsync() => await App.Get<GlossaryService>().AddAsync(People.Anna.Id, new GlossaryEntryDraft(
        [new GlossaryTermDraft(Language.En, "Ministry of the Economy"), new GlossaryTermDraft(Language.Fr, FrenchMinistry), new GlossaryTermDraft(Language.Zh, "经济部")],
        Subject: "institutions"));

    private async Task<RevisionOrigin> LastOriginAsync(int number)
    {
        await using var db = App.NewContext();
        var translation = await db.Translations.Include(t => t.Revisions)
            .SingleAsync(t => t.ReleaseId == ReleaseId && t.Segment.Number == number && t.Language == Language.Fr);
        return Assert.Single(translation.Revisions).Origin;
    }
}
