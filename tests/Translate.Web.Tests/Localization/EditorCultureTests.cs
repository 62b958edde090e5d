using System.Globalization;
using Bunit;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Tests.Editor;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>The side-by-side editor as Lena, the Luxembourgish translator, sees it in Chinese and in Luxembourgish.</summary>
public sealed class EditorCultureTests : EditorTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("zh-Hans", "进度", "原文（英语）", "译文（卢森堡语）", "状态", "词数", "英语 → 卢森堡语", "新闻稿：翻译中", "显示", "全部（16）",
        "16 个句段中已翻译 0 个", "空", "键盘快捷键", "保存为已翻译并转到下一个待处理句段")]
    [InlineData("lb", "Fortschrëtt", "Quelltext (Englesch)", "Iwwersetzung (Lëtzebuergesch)", "Stand", "Wierder", "Englesch → Lëtzebuergesch",
        "Pressematdeelung: Gëtt iwwersat", "Weisen", "All (16)", "0 vun 16 Segmenter iwwersat", "Eidel", "Tastatur",
        "Als iwwersat späicheren an op dat nächst oppent Segment sprangen")]
    public async Task Editor_InTheUiCulture_ShowsTranslatedHeadingsColumnsProgressAndKeyboardHelp(
        string culture, string progress, string source, string translation, string state, string words, string languages, string releaseState,
        string show, string allFilter, string translated, string empty, string keyboard, string saveAndNext)
    {
        await AssignedSampleAsync();
        using var _ = new UiCulture(culture);

        var cut = OpenEditor(People.Lena, Language.Lb);

        Assert.Equal(SampleRelease.Title, cut.Find("h1").TextContent);
        Assert.Equal(progress, cut.Find("#progress-heading").TextContent);
        Assert.Equal(["#", source, translation, state, words], cut.FindAll("th[scope=col]").Select(th => th.TextContent));
        Assert.Contains(languages, cut.Find(".editor-context").TextContent, StringComparison.Ordinal);
        Assert.Contains(releaseState, cut.Find(".editor-context").TextContent, StringComparison.Ordinal);
        Assert.Equal(show, cut.Find("label[for=editor-filter]").TextContent);
        Assert.Equal(allFilter, cut.Find("#editor-filter option[value=All]").TextContent);
        Assert.StartsWith(translated, cut.Find("label[for=translated-progress]").TextContent, StringComparison.Ordinal);
        Assert.Equal(empty, Row(cut, 1).QuerySelector(".state")!.TextContent);
        Assert.Equal(keyboard, cut.Find("#keyboard-help").TextContent);
        Assert.Equal(saveAndNext, cut.Find("section.keyboard-help dd").TextContent);
    }

    [Theory]
    [InlineData("zh-Hans", "句段 1 的译文", "保存草稿，句段 1", "保存草稿", "保存为已翻译，句段 1", "保存为已翻译", "复制原文，句段 1", "复制原文",
        "句段 1 已保存为“已翻译”。", "已翻译")]
    [InlineData("lb", "Iwwersetzung vum Segment 1", "Als Entworf späicheren, Segment 1", "Als Entworf späicheren", "Als iwwersat späicheren, Segment 1",
        "Als iwwersat späicheren", "Quelltext kopéieren, Segment 1", "Quelltext kopéieren", "Segment 1 als „Iwwersat“ gespäichert.", "Iwwersat")]
    public async Task SaveControls_InTheUiCulture_AreNamedAndAnnounceTheSaveInTheUiLanguage(
        string culture, string target, string saveDraftName, string saveDraft, string saveTranslatedName, string saveTranslated,
        string copySourceName, string copySource, string announcement, string translatedState)
    {
        await AssignedSampleAsync();
        using var _ = new UiCulture(culture);
        var cut = OpenEditor(People.Lena, Language.Lb);

        Assert.NotNull(cut.Find($"textarea[aria-label='{target}']"));
        Assert.Equal(saveDraft, cut.Find($"button[aria-label='{saveDraftName}']").TextContent);
        Assert.Equal(copySource, cut.Find($"button[aria-label='{copySourceName}']").TextContent);
        var save = cut.Find($"button[aria-label='{saveTranslatedName}']");
        Assert.Equal(saveTranslated, save.TextContent);

        cut.Find("#target-1").Input(SampleRelease.Segments[0].Text[Language.Lb]);
        save.Click();

        cut.WaitForAssertion(() => Assert.Equal(translatedState, Row(cut, 1).QuerySelector(".state")!.TextContent), Patience);
        Assert.Equal(announcement, Announcement(cut));
    }

    [Theory]
    [InlineData("zh-Hans", "句段 1 在此期间已被修改", "您的版本", "对方的版本", "已翻译，由 Lena", "保留我的版本", "采用对方的版本", "编辑", "句段 1 在此期间已被他人修改")]
    [InlineData("lb", "Segment 1 gouf zwëschenzäitlech geännert", "Är Versioun", "Déi aner Versioun", "Iwwersat, gespäichert vum Lena", "Meng behalen",
        "Déi aner iwwerhuelen", "Änneren", "Segment 1 gouf zwëschenzäitlech vun engem anere geännert")]
    public async Task ConflictPanel_InTheUiCulture_SaysWhatHappenedAndOffersTheChoicesInTheUiLanguage(
        string culture, string heading, string yours, string theirs, string savedBy, string keepMine, string takeTheirs, string edit, string announcement)
    {
        await AssignedSampleAsync();
        using var _ = new UiCulture(culture);
        var cut = OpenEditor(People.Lena, Language.Lb);
        await SaveElsewhereAsync(1, Language.Lb, "Theirs");

        cut.Find("#target-1").Input("Mine");
        cut.Find("#target-1").Focus();
        cut.Find(".segment-panel button.primary").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("section.conflict")), Patience);
        var panel = cut.Find("section.conflict");
        Assert.Equal(heading, panel.QuerySelector("#conflict-1")!.TextContent);
        Assert.Equal([yours, theirs], panel.QuerySelectorAll("h4").Select(h => h.TextContent));
        Assert.StartsWith(savedBy, panel.QuerySelector("p.hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([keepMine, takeTheirs, edit], panel.QuerySelectorAll("button").Select(b => b.TextContent));
        Assert.StartsWith(announcement, Announcement(cut), StringComparison.Ordinal);
    }
}
