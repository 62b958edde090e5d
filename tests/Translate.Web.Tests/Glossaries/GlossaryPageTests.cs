using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Translate.Application.Glossaries;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Components.Pages.Glossaries;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Glossaries;

public sealed class GlossaryPageTests : ComponentTest
{
    private GlossaryService Glossary => App.Get<GlossaryService>();

    private static GlossaryEntryDraft Ministry(string french = "ministère de l’Économie") => new(
        [
            new GlossaryTermDraft(Language.En, "Ministry of the Economy"),
            new GlossaryTermDraft(Language.Fr, french, ForbiddenVariants: ["ministère de l’Economie"]),
            new GlossaryTermDraft(Language.Zh, "经济部"),
        ],
        Note: "The ministry, not the minister.");

    private static GlossaryEntryDraft Name(string name) =>
        new([new GlossaryTermDraft(Language.En, name, CaseSensitive: true)], DoNotTranslate: true);

    [Fact]
    public async Task List_ShowsEachEntrysTermsPerLanguageNotesAndFlagsInWords()
    {
        await Glossary.AddAsync(People.Anna.Id, Ministry());
        await Glossary.AddAsync(People.Anna.Id, Name("CNSA"));
        SignInAs(People.Francoise);

        var cut = Render<GlossaryPage>();

        cut.WaitForAssertion(() => Assert.Equal("Glossary entries (2)", cut.Find("caption").TextContent));
        Assert.Equal(["English", "French", "German", "Luxembourgish", "Chinese (Simplified)", "Note", "Flags", "Last changed"],
            cut.FindAll("thead th").Select(th => th.TextContent));
        var rows = cut.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["CNSA", "", "", "", "", "", "Do not translate, Case-sensitive (en)"], rows[0].Take(7));
        Assert.Equal("ministère de l’ÉconomieNot: ministère de l’Economie", rows[1][1]);
        Assert.Equal(("经济部", "The ministry, not the minister.", ""), (rows[1][4], rows[1][5], rows[1][6]));
        Assert.StartsWith("Anna Editor, ", rows[1][7], StringComparison.Ordinal);
        Assert.Equal("zh-Hans", cut.FindAll("tbody tr")[1].QuerySelectorAll("td")[4].GetAttribute("lang"));
    }

    [Fact]
    public async Task Search_ShowsOnlyTheEntriesWithTheWordInATermOrNote()
    {
        await Glossary.AddAsync(People.Anna.Id, Ministry());
        await Glossary.AddAsync(People.Anna.Id, Name("CNSA"));
        SignInAs(People.Anna);
        var cut = Render<GlossaryPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));

        cut.Find("#glossary-search").Change("经济");
        await cut.Find("form[role=search]").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal("Glossary entries matching \"经济\" (1)", cut.Find("caption").TextContent));
        Assert.Equal("Ministry of the Economy", cut.Find("tbody tr td").TextContent.Trim());
    }

    [Fact]
    public async Task Translator_SeesTheGlossaryAndDownloadsButNoWayToChangeIt()
    {
        await Glossary.AddAsync(People.Anna.Id, Ministry());
        SignInAs(People.Zhang);

        var cut = Render<GlossaryPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        Assert.Empty(cut.FindAll("button.primary, button.danger, button[aria-label^='Edit'], input[type=file], #glossary-term-en"));
        Assert.DoesNotContain(cut.FindAll("th"), th => th.TextContent == "Actions");
        Assert.Equal(["glossary/export.tbx", "glossary/export.csv"], cut.FindAll("a[download]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task AddForm_HasALabelledFieldPerLanguageAndAddsTheEntry()
    {
        SignInAs(People.Anna);
        var cut = Render<GlossaryPage>();
        cut.WaitForAssertion(() => cut.Find("caption"));

        await cut.Find("button.primary").ClickAsync(new());

        Assert.Equal("Term in French", cut.Find("label[for='glossary-term-fr']").TextContent);
        Assert.Equal("Forbidden variants in Luxembourgish", cut.Find("label[for='glossary-forbidden-lb']").TextContent);
        Assert.Equal("Case-sensitive in Chinese (Simplified)", cut.Find("label[for='glossary-case-zh']").TextContent);
        Assert.StartsWith("Do not translate", cut.Find("label[for='glossary-do-not-translate']").TextContent, StringComparison.Ordinal);
        Assert.Equal("Note", cut.Find("label[for='glossary-note']").TextContent);
        cut.Find("#glossary-term-en").Change("Luxembourg");
        cut.Find("#glossary-term-lb").Change("Lëtzebuerg");
        cut.Find("#glossary-forbidden-fr").Change("Grand-Duché du Luxembourg");
        cut.Find("#glossary-term-fr").Change("Luxembourg");
        await cut.Find("section[aria-labelledby=glossary-form-heading] form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal("The entry \"Luxembourg\" was added.", cut.Find(".message.ok").TextContent));
        var stored = Assert.Single((await App.Get<GlossaryQueries>().ListAsync()).Entries).Entry;
        Assert.Equal([(Language.En, "Luxembourg"), (Language.Fr, "Luxembourg"), (Language.Lb, "Lëtzebuerg")], stored.Terms.Select(t => (t.Language, t.Text)));
        Assert.Equal(["Grand-Duché du Luxembourg"], stored.TermIn(Language.Fr)!.ForbiddenVariants);
        Assert.Empty(cut.FindAll("#glossary-term-en"));
    }

    [Fact]
    public async Task AddForm_WithNoTermAtAll_ShowsTheGlossaryRefusal()
    {
        SignInAs(People.Anna);
        var cut = Render<GlossaryPage>();
        cut.WaitForAssertion(() => cut.Find("caption"));
        await cut.Find("button.primary").ClickAsync(new());

        await cut.Find("section[aria-labelledby=glossary-form-heading] form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal("A glossary entry needs a term in at least one language.", cut.Find("[role=alert]").TextContent));
    }

    [Fact]
    public async Task Edit_AfterSomeoneElseSaved_ShowsTheirVersionAndKeepsIt()
    {
        var added = await Glossary.AddAsync(People.Anna.Id, Ministry());
        SignInAs(People.Anna);
        var cut = Render<GlossaryPage>();
        cut.WaitForAssertion(() => cut.Find("button[aria-label='Edit the entry \"Ministry of the Economy\"']"));
        await cut.Find("button[aria-label='Edit the entry \"Ministry of the Economy\"']").ClickAsync(new());
        Assert.Equal("ministère de l’Économie", cut.Find("#glossary-term-fr").GetAttribute("value"));
        await Glossary.EditAsync(People.Ben.Id, added.Entry.Id, added.Version, Ministry("Ministère de l’Économie"));

        cut.Find("#glossary-term-fr").Change("ministère de l'Économie");
        await cut.Find("section[aria-labelledby=glossary-form-heading] form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.StartsWith("Ben Editor changed this entry", cut.Find(".message.warn p").TextContent, StringComparison.Ordinal));
        Assert.Contains("Ministère de l’Économie", cut.Find(".message.warn ul").TextContent, StringComparison.Ordinal);
        Assert.Equal("Ministère de l’Économie", (await App.Get<GlossaryQueries>().EntryAsync(added.Entry.Id))!.Entry.TermIn(Language.Fr)!.Text);

        await cut.FindAll("button").Single(b => b.TextContent == "Edit their version").ClickAsync(new());
        Assert.Equal("Ministère de l’Économie", cut.Find("#glossary-term-fr").GetAttribute("value"));
    }

    [Fact]
    public async Task Delete_AfterConfirming_RemovesTheEntry()
    {
        await Glossary.AddAsync(People.Anna.Id, Name("CNSA"));
        SignInAs(People.Ben);
        var cut = Render<GlossaryPage>();
        cut.WaitForAssertion(() => cut.Find("button[aria-label='Delete the entry \"CNSA\"']"));

        await cut.Find("button[aria-label='Delete the entry \"CNSA\"']").ClickAsync(new());
        Assert.Equal("Delete the entry \"CNSA\" and its terms in every language?", cut.Find("#glossary-delete-question").TextContent);
        await cut.Find("[role=alertdialog] button.danger").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("Glossary entries (0)", cut.Find("caption").TextContent));
        Assert.Equal(0, (await App.Get<GlossaryQueries>().ListAsync()).Total);
    }

    [Fact]
    public async Task Import_ShowsTheCountsAndTheNewEntries()
    {
        await Glossary.AddAsync(People.Anna.Id, Ministry());
        SignInAs(People.Anna);
        var cut = Render<GlossaryPage>();
        cut.WaitForAssertion(() => cut.Find("caption"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            "en,de\nMinistry of the Economy,Wirtschaftsministerium\nspace resources,Weltraumressourcen\n", "terms.csv"));

        cut.WaitForAssertion(() => Assert.Equal("terms.csv imported: 1 entries added, 1 updated, 0 skipped (already the same).", cut.Find(".message.ok").TextContent));
        Assert.Equal("Glossary entries (2)", cut.Find("caption").TextContent);
    }

    [Fact]
    public async Task Import_OfARefusedFile_ShowsWhyAndChangesNothing()
    {
        SignInAs(People.Anna);
        var cut = Render<GlossaryPage>();
        cut.WaitForAssertion(() => cut.Find("caption"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes("en,fr\n"), "empty.csv"));

        cut.WaitForAssertion(() => Assert.StartsWith("empty.csv was not imported: The file holds no glossary entry", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, (await App.Get<GlossaryQueries>().ListAsync()).Total);
    }
}
