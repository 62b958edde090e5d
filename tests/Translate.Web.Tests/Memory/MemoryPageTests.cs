using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Components.Pages.Memory;
using Translate.Web.Components.Pages.Releases;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Memory;

public sealed class MemoryPageTests : ComponentTest
{
    [Fact]
    public async Task Search_ByWordsAndSourceLanguage_ShowsTheMatchingUnitsWithTheirReleaseAndAuthor()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        await App.ApproveAsync(id, Language.Fr);
        SignInAs(People.Francoise);
        var cut = Render<MemoryPage>();

        cut.ByLabel("Words").Change("Deep Space Exploration");
        cut.ByLabel("Source language").Change("en");
        cut.Find("form[role=search]").Submit();

        cut.WaitForAssertion(() => Assert.Equal("2 units", cut.Find("[role=status]").TextContent.Trim()));
        var rows = cut.Rows("Units of the translation memory");
        Assert.All(rows, row => Assert.Contains("Deep Space Exploration", row[0], StringComparison.Ordinal));
        Assert.All(rows, row => Assert.Equal(("en → fr", SampleRelease.Title, "Françoise"), (row[2], row[3], row[5])));
        Assert.Equal($"releases/{slug}", cut.Find("td a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("#memory-import-heading"));
    }

    [Fact]
    public void Page_ForAnEditor_OffersTheImportAndTheExportOfAllPairs()
    {
        SignInAs(People.Anna);

        var cut = Render<MemoryPage>();

        cut.WaitForAssertion(() => Assert.Equal("0 units", cut.Find("[role=status]").TextContent.Trim()));
        Assert.Equal(".tmx", cut.ByLabel("TMX file").GetAttribute("accept"));
        Assert.Equal("memory/export.tmx", cut.FindAll("a").Single(a => a.TextContent == "Download all language pairs (.tmx)").GetAttribute("href"));
    }

    [Fact]
    public void Import_OfATmxFile_ShowsWhatWasAddedAndTheNewUnit()
    {
        SignInAs(People.Anna);
        var cut = Render<MemoryPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Tmx("Press contact", "Pressekontakt"), "contacts.tmx"));

        cut.WaitForAssertion(() => Assert.Equal("contacts.tmx: 1 added, 0 replaced, 0 skipped.", cut.Find(".message.ok").TextContent.Trim()));
        var row = Assert.Single(cut.Rows("Units of the translation memory"));
        Assert.Equal(["Press contact", "Pressekontakt", "en → lb", "Imported"], row.Take(4));
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "memory/export.tmx?source=en&target=lb");
    }

    [Fact]
    public void Import_OfAnotherKindOfFile_ShowsTheRefusalInTheUiLanguage()
    {
        SignInAs(People.Anna);
        using var _ = new UiCulture("lb");
        var cut = Render<MemoryPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes("<xliff version=\"2.1\"/>"), "wrong.tmx"));

        cut.WaitForAssertion(() => Assert.Equal("wrong.tmx gouf refuséiert: D’Datei ass keng TMX-Datei: hiert Wuerzelelement ass <xliff> (Zeil 1).",
            cut.Find("[role=alert]").TextContent.Trim()));
    }

    [Fact]
    public async Task FillFromMemory_OnTheReleasePage_FillsTheLanguageTheMemoryKnowsAndSaysHowMany()
    {
        var (_, slug) = await App.AssignedSampleAsync();
        var (approved, _) = await App.AssignedSampleAsync();
        await App.ApproveAsync(approved, Language.Fr);
        SignInAs(People.Anna);
        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));

        cut.WaitForAssertion(() => cut.Button("Fill from memory").Click());

        cut.WaitForAssertion(() => Assert.Contains("16 translations filled from the memory.", cut.Find("#memory-fill-heading ~ [role=status]").TextContent, StringComparison.Ordinal));
        Assert.Equal(["French (fr): 16", "German (de): 0", "Luxembourgish (lb): 0", "Chinese (Simplified) (zh): 0"],
            cut.FindAll("#memory-fill-heading ~ [role=status] li").Select(li => li.TextContent.Trim()));
    }

    private static byte[] Tmx(string english, string luxembourgish) => Encoding.UTF8.GetBytes($"""
        <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/>
        <body><tu><tuv xml:lang="en"><seg>{english}</seg></tuv><tuv xml:lang="lb"><seg>{luxembourgish}</seg></tuv></tu></body></tmx>
        """);
}
