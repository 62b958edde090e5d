using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Translate.Application.Exchange;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;
using Translate.Testing;
using Translate.Web.Components.Pages.Exchange;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Exchange;

public class UploadXliffPageTests : ComponentTest
{
    [Fact]
    public async Task Upload_ShowsWhatWasAppliedUnchangedAndRefusedWithTheConflictsBothTexts()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        var downloaded = await DownloadAsync(slug, Language.Fr);
        await SaveAsync(id, 2, Language.Fr, "Saisi entre-temps");
        var file = Filled(slug, downloaded, u => u.SegmentNumber switch
        {
            1 => SampleRelease.Segments[0].Text[Language.Fr],
            2 => "Hors ligne",
            _ => null,
        });
        SignInAs(People.Francoise);
        var cut = Render<UploadXliffPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(file, "sample-fr.xlf"));

        cut.WaitForAssertion(() => Assert.Equal("1 applied, 14 unchanged, 1 refused.", cut.Find("[role=status]").TextContent.Trim()));
        var rows = cut.Rows("Each segment of the file");
        Assert.Equal(["1", "Applied", "", SampleRelease.Segments[0].Text[Language.Fr], ""], rows[0]);
        Assert.Equal("Refused: conflict", rows[1][1]);
        Assert.Equal(("Saisi entre-temps", "Hors ligne"), (rows[1][2], rows[1][3]));
        Assert.Contains("changed in Translate since the file was downloaded", rows[1][4], StringComparison.Ordinal);
        Assert.Equal(["3", "Unchanged", "", "(the same)", ""], rows[2]);
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task Upload_OfAnotherLanguagesFile_ShowsTheRefusalAsAnAlertAndNoSummary()
    {
        var (_, slug) = await App.AssignedSampleAsync();
        var german = Filled(slug, await DownloadAsync(slug, Language.De), _ => "Text");
        SignInAs(People.Francoise);
        var cut = Render<UploadXliffPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(german, "sample-de.xlf"));

        cut.WaitForAssertion(() => Assert.Contains("sample-de.xlf was refused: The file's target language is de, but fr was expected",
            cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public async Task Page_OffersBothXliffDownloadsAndAFileInputForXliffOnly()
    {
        var (_, slug) = await App.AssignedSampleAsync();
        SignInAs(People.Francoise);

        var cut = Render<UploadXliffPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        Assert.Equal($"releases/{slug}/xliff/fr.xlf", cut.FindAll("a").Single(a => a.TextContent == "Download XLIFF 2.1").GetAttribute("href"));
        Assert.Equal($"releases/{slug}/xliff/fr.xlf?version=1.2", cut.FindAll("a").Single(a => a.TextContent == "Download XLIFF 1.2").GetAttribute("href"));
        Assert.Equal(".xlf,.xliff", cut.ByLabel("Translated XLIFF file").GetAttribute("accept"));
    }

    private async Task<BilingualDocument> DownloadAsync(string slug, Language language)
    {
        var file = await App.Get<BilingualExchange>().DownloadXliffAsync(People.Anna.Id, slug, language, XliffVersion.Xliff21);
        return Xliff2Reader.Read(new MemoryStream(file.Content), ReaderLimits.Default);
    }

    private async Task SaveAsync(Guid releaseId, int number, Language language, string text)
    {
        var translation = await App.TranslationAsync(releaseId, number, language);
        await App.Get<Translate.Application.Editing.TranslationService>().SaveAsync(Steps.TranslatorOf[language].Id, releaseId, translation.SegmentId,
            language, text, translation.Version, Translate.Domain.Translations.TranslationState.Translated);
    }

    private static byte[] Filled(string slug, BilingualDocument document, Func<BilingualUnit, string?> target) =>
        InterchangeFiles.Xliff(slug, document with
        {
            Units = [.. document.Units.Select(u => target(u) is { } text ? u with { Target = InlineText.Plain(text) } : u)],
        }, XliffVersion.Xliff21).Content;
}
