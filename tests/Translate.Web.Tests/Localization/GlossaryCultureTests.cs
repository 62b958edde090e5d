using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Translate.Application.Glossaries;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Components.Pages.Glossaries;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>The glossary page, its form and its import in the UI language.</summary>
public sealed class GlossaryCultureTests : ComponentTest
{
    [Theory]
    [InlineData("zh-Hans", "术语表", "术语表条目（1）", "法语", "标记", "不翻译；区分大小写（en）", "编辑条目“CNSA”", "下载为 TBX", "添加条目")]
    [InlineData("lb", "Glossar", "Glossarandréi (1)", "Franséisch", "Hiweiser", "Net iwwersetzen, Grouss- a Klengschreiwung beuechten (en)", "Androg „CNSA“ beaarbechten", "Als TBX eroflueden", "Androg derbäisetzen")]
    public async Task Page_InTheUiCulture_ShowsTranslatedHeadingColumnsFlagsAndActions(
        string culture, string title, string caption, string french, string flags, string cnsaFlags, string editCnsa, string downloadTbx, string add)
    {
        await App.Get<GlossaryService>().AddAsync(People.Anna.Id,
            new GlossaryEntryDraft([new GlossaryTermDraft(Language.En, "CNSA", CaseSensitive: true)], DoNotTranslate: true));
        SignInAs(People.Anna);
        using var _ = new UiCulture(culture);

        var cut = Render<GlossaryPage>();

        cut.WaitForAssertion(() => Assert.Equal(caption, cut.Find("caption").TextContent));
        Assert.Equal(title, cut.Find("h1").TextContent);
        Assert.Contains(cut.FindAll("thead th"), th => th.TextContent == french);
        Assert.Contains(cut.FindAll("thead th"), th => th.TextContent == flags);
        Assert.Equal(cnsaFlags, cut.FindAll("tbody td")[6].TextContent);
        Assert.NotNull(cut.Find($"button[aria-label='{editCnsa}']"));
        Assert.Equal(downloadTbx, cut.Find("a[href='glossary/export.tbx']").TextContent);
        Assert.Equal(add, cut.Find("button.primary").TextContent);
    }

    [Theory]
    [InlineData("zh-Hans", "法语术语", "卢森堡语禁用写法", "添加术语表条目", "术语表条目至少需要一种语言的术语。")]
    [InlineData("lb", "Begrëff (Franséisch)", "Verbueden Varianten (Lëtzebuergesch)", "Glossarandrog derbäisetzen", "E Glossarandrog brauch e Begrëff an op d’mannst enger Sprooch.")]
    public async Task AddForm_InTheUiCulture_LabelsEveryLanguageAndWordsTheRefusal(string culture, string frenchTerm, string lbForbidden, string heading, string refusal)
    {
        SignInAs(People.Anna);
        using var _ = new UiCulture(culture);
        var cut = Render<GlossaryPage>();
        cut.WaitForAssertion(() => cut.Find("caption"));

        await cut.Find("button.primary").ClickAsync(new());
        await cut.Find("section[aria-labelledby=glossary-form-heading] form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal(refusal, cut.Find("[role=alert]").TextContent));
        Assert.Equal(heading, cut.Find("#glossary-form-heading").TextContent);
        Assert.Equal(frenchTerm, cut.Find("label[for='glossary-term-fr']").TextContent);
        Assert.Equal(lbForbidden, cut.Find("label[for='glossary-forbidden-lb']").TextContent);
    }

    [Theory]
    [InlineData("zh-Hans", "empty.csv 未导入：文件中没有任何包含 en、fr、de、lb 或 zh 术语的术语表条目。")]
    [InlineData("lb", "empty.csv gouf net importéiert: D’Datei huet kee Glossarandrog mat engem Begrëff an enger vun de Sproochen en, fr, de, lb, zh.")]
    public void Import_OfARefusedFile_ShowsTheProblemInTheUiLanguage(string culture, string message)
    {
        SignInAs(People.Anna);
        using var _ = new UiCulture(culture);
        var cut = Render<GlossaryPage>();
        cut.WaitForAssertion(() => cut.Find("caption"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes("en,fr\n"), "empty.csv"));

        cut.WaitForAssertion(() => Assert.Equal(message, cut.Find("[role=alert]").TextContent));
    }
}
