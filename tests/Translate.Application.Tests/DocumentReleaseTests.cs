using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Exports;
using Translate.Application.Releases;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Application.Tests;

/// <summary>Releases read from an uploaded document: kept, and rebuilt in each language by the exports.</summary>
public class DocumentReleaseTests : ApplicationTest
{
    private static SourceFile Fixture(string folder, string name) =>
        new(name, SourceFiles.FormatOf(name)!.Value, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, name)));

    private static SourceFile PressReleaseDocx => Fixture("Docx", "press-release.docx");

    private ExportService Exports => App.Get<ExportService>();

    [Fact]
    public async Task CreateAsync_FromAWordDocument_SegmentsItWithTagsAndKeepsTheDocument()
    {
        var id = await CreateSampleAsync(file: PressReleaseDocx);

        var release = await LoadAsync(id);
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.En]), release.Segments.Select(s => InlineTags.Strip(s.Text)));
        Assert.Contains(release.Segments, s => s.Text.Contains("<1>Ministry of the Economy</1>", StringComparison.Ordinal));
        await using var db = App.NewContext();
        var kept = await db.SourceDocuments.SingleAsync();
        Assert.Equal((release.SourceDocumentId, "press-release.docx", SourceFormat.Docx), (kept.Id, kept.FileName, kept.Format));
        Assert.Equal(PressReleaseDocx.Content, kept.Content);
        Assert.Equal("press-release.docx", (await App.Get<ReleaseQueries>().OverviewAsync(release.Slug))!.SourceDocument!.FileName);
    }

    [Fact]
    public async Task ExportAsync_OfAPublishedWordRelease_RebuildsTheWordDocumentInEachLanguage()
    {
        var slug = await PublishedAsync(PressReleaseDocx);

        var french = await Exports.ExportAsync(People.Anna.Id, slug, Language.Fr, SourceFormat.Docx);

        Assert.Equal(($"{slug}-fr.docx", SourceFormat.Docx.ContentType()), (french.FileName, french.ContentType));
        var reread = SourceFiles.Read(french.Content, SourceFormat.Docx, Language.Fr, ReaderLimits.Default);
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.Fr]), reread.Segments.Select(InlineTags.Strip));
        var text = await Exports.ExportAsync(People.Anna.Id, slug, Language.Zh, SourceFormat.PlainText);
        Assert.DoesNotContain("<1>", System.Text.Encoding.UTF8.GetString(text.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAllAsync_OfAWordRelease_HoldsADocxPerLanguage()
    {
        var slug = await PublishedAsync(PressReleaseDocx);

        var zip = await Exports.ExportAllAsync(People.Anna.Id, slug);

        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip.Content));
        Assert.Equal(5, archive.Entries.Count(e => e.FullName.EndsWith(".docx", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ExportAsync_AsDocx_OfAReleaseTypedAsText_IsNotFound()
    {
        var slug = (await LoadAsync(await CreateSampleAsync())).Slug;

        await Assert.ThrowsAsync<NotFoundException>(() => Exports.ExportAsync(People.Anna.Id, slug, Language.En, SourceFormat.Docx, preview: true));
    }

    [Fact]
    public async Task ExportAsync_OfAWebPageRelease_RebuildsThePageWithItsLinksAndWithoutItsScripts()
    {
        var page = Fixture("Html", "press-release.html");
        var id = await CreateSampleAsync(file: page);
        var slug = (await LoadAsync(id)).Slug;

        var english = Parse(await Exports.ExportAsync(People.Anna.Id, slug, Language.En, SourceFormat.Html, preview: true));
        var german = Parse(await Exports.ExportAsync(People.Anna.Id, slug, Language.De, SourceFormat.Html, preview: true));

        var original = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.Content));
        Assert.NotEmpty(original.QuerySelectorAll("script"));
        Assert.Equal(original.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")), english.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")));
        Assert.Empty(english.QuerySelectorAll("script"));
        Assert.Equal(("en", "de"), (english.DocumentElement.GetAttribute("lang"), german.DocumentElement.GetAttribute("lang")));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(ExportFile file) =>
        new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));

    [Fact]
    public async Task CreateAsync_FromAHostileDocument_IsRefusedAndCreatesNothing()
    {
        var bomb = Fixture(Path.Combine("Docx", "hostile"), "zip-bomb.docx");

        var refusal = await Assert.ThrowsAsync<DocumentFormatException>(() => CreateSampleAsync(file: bomb));

        Assert.Contains("zip bomb", refusal.Message, StringComparison.Ordinal);
        await using var db = App.NewContext();
        Assert.Equal((0, 0), (await db.Releases.CountAsync(), await db.SourceDocuments.CountAsync()));
    }

    [Fact]
    public async Task ChangeSourceAsync_WithANewVersionOfTheDocument_KeepsUnchangedTranslationsAndTheNewDocument()
    {
        var id = await AssignedSampleAsync(file: PressReleaseDocx);
        await TranslateAllAsync(id, Language.Fr);
        var release = await LoadAsync(id);

        var change = await Releases.ChangeSourceAsync(People.Anna.Id, id, PressReleaseDocx with { FileName = "press-release-v2.docx" }, release.EditVersion);

        Assert.Equal(16, change.Unchanged);
        var changed = await LoadAsync(id);
        await using var db = App.NewContext();
        Assert.Equal("press-release-v2.docx", (await db.SourceDocuments.SingleAsync(d => d.Id == changed.SourceDocumentId)).FileName);
        Assert.Equal(SampleRelease.Segments[4].Text[Language.Fr], (await TranslationAsync(id, 5, Language.Fr)).Text);
    }

    [Fact]
    public async Task ChangeSourceAsync_AsText_LeavesTheReleaseWithoutItsDocument()
    {
        var id = await AssignedSampleAsync(file: PressReleaseDocx);
        var release = await LoadAsync(id);

        await Releases.ChangeSourceAsync(People.Anna.Id, id, SampleRelease.Text(Language.En), release.EditVersion);

        Assert.Null((await LoadAsync(id)).SourceDocumentId);
        await Assert.ThrowsAsync<NotFoundException>(() => Exports.ExportAsync(People.Anna.Id, release.Slug, Language.Fr, SourceFormat.Docx, preview: true));
    }

    /// <summary>The reference translations have no tags; the checks refuse to submit a language that loses the source's.</summary>
    private async Task KeepTheTagsAsync(Guid id, Language language)
    {
        foreach (var segment in (await LoadAsync(id)).Segments.Where(s => InlineTags.HasTags(s.Text)))
        {
            var tags = string.Concat(InlineTags.Find(segment.Text).Select(t => segment.Text.Substring(t.Index, t.Length)));
            await SaveAsync(id, segment.Number, language, SampleRelease.Segments[segment.Number - 1].Text[language] + tags);
        }
    }

    private async Task<string> PublishedAsync(SourceFile file)
    {
        var id = await AssignedSampleAsync(file: file);
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await TranslateAllAsync(id, language);
            await KeepTheTagsAsync(id, language);
            await Review.SubmitAsync(translator.Id, id, language);
            await Review.ApproveAsync(People.Ben.Id, id, language);
        }

        await Publishing.PublishAsync(People.Anna.Id, id);
        return (await LoadAsync(id)).Slug;
    }
}
