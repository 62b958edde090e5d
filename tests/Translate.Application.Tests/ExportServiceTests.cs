using System.IO.Compression;
using System.Text;
using Translate.Application.Exports;
using Translate.Application.Releases;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Application.Tests;

public class ExportServiceTests : ApplicationTest
{
    private ExportService Exports => App.Get<ExportService>();

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    [InlineData(Language.De)]
    [InlineData(Language.Lb)]
    [InlineData(Language.Zh)]
    public async Task ExportAsync_PublishedSampleAsText_IsTheReferenceText(Language language)
    {
        var (_, slug) = await PublishedSampleAsync();

        var file = await Exports.ExportAsync(People.Anna.Id, slug, language, SourceFormat.PlainText);

        Assert.Equal(SampleRelease.Text(language).TrimEnd(), Text(file).TrimEnd());
        Assert.Equal(($"{slug}-{language.Code()}.txt", "text/plain; charset=utf-8"), (file.FileName, file.ContentType));
    }

    [Fact]
    public async Task ExportAsync_PublishedSampleAsMarkdownAndHtml_RebuildsItsStructure()
    {
        var (_, slug) = await PublishedSampleAsync();

        var markdown = Text(await Exports.ExportAsync(People.Anna.Id, slug, Language.De, SourceFormat.Markdown));
        var html = Text(await Exports.ExportAsync(People.Admin.Id, slug, Language.De, SourceFormat.Html));

        Assert.StartsWith("# " + SampleRelease.Segments[0].Text[Language.De] + "\n\n## ", markdown, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains($"<title>{SampleRelease.Segments[0].Text[Language.De]}</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_PreviewOfAPublishedRelease_ShowsTheCurrentStateMarkedAsAPreview()
    {
        var (id, slug) = await PublishedSampleAsync();
        await Publishing.OpenCorrectionAsync(People.Anna.Id, id);
        await SaveAsync(id, 10, Language.De, "In einer ersten Phase wird das Forschungslabor mindestens 6 Mitarbeiter in Luxemburg beschäftigen.");

        var published = await Exports.ExportAsync(People.Anna.Id, slug, Language.De, SourceFormat.PlainText);
        var preview = await Exports.ExportAsync(People.Anna.Id, slug, Language.De, SourceFormat.PlainText, preview: true);

        Assert.Contains("mindestens 5 Mitarbeiter", Text(published), StringComparison.Ordinal);
        Assert.StartsWith(ExportService.PreviewLine + "\n\n", Text(preview), StringComparison.Ordinal);
        Assert.Contains("mindestens 6 Mitarbeiter", Text(preview), StringComparison.Ordinal);
        Assert.Equal($"{slug}-de-preview.txt", preview.FileName);
    }

    [Fact]
    public async Task ExportAsync_WhenNothingIsPublished_IsAPreviewOfTheCurrentState()
    {
        var id = await AssignedSampleAsync();
        var slug = (await LoadAsync(id)).Slug;
        await SaveAsync(id, 1, Language.Fr, SampleRelease.Segments[0].Text[Language.Fr]);

        var markdown = await Exports.ExportAsync(People.Anna.Id, slug, Language.Fr, SourceFormat.Markdown);
        var html = await Exports.ExportAsync(People.Anna.Id, slug, Language.Fr, SourceFormat.Html);

        Assert.StartsWith(ExportService.PreviewLine + "\n\n# " + SampleRelease.Segments[0].Text[Language.Fr], Text(markdown), StringComparison.Ordinal);
        Assert.Equal($"{slug}-fr-preview.md", markdown.FileName);
        Assert.Contains("role=\"note\">Preview — not the published version</p>", Text(html), StringComparison.Ordinal);
        var untranslated = await Exports.ExportAsync(People.Anna.Id, slug, Language.Zh, SourceFormat.Html);
        Assert.Contains($"<title>{SampleRelease.Title}</title>", Text(untranslated), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAllAsync_PublishedSample_HoldsEveryLanguageInEveryFormatWithXliffAndTmx()
    {
        var (_, slug) = await PublishedSampleAsync();

        var file = await Exports.ExportAllAsync(People.Anna.Id, slug);

        Assert.Equal(($"{slug}.zip", "application/zip"), (file.FileName, file.ContentType));
        using var zip = new ZipArchive(new MemoryStream(file.Content));
        var expected = LanguageCodes.All.SelectMany(l => new[] { "txt", "md", "html" }.Select(e => $"{slug}/{l.Code()}.{e}"))
            .Concat(LanguageCodes.All.Where(l => l != Language.En).Select(l => $"{slug}/xliff/{slug}-en-{l.Code()}.xlf"))
            .Append($"{slug}/{slug}.tmx");
        Assert.Equal(expected.Order(), zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry($"{slug}/zh.txt")!.Open(), Encoding.UTF8);
        Assert.Equal(SampleRelease.Text(Language.Zh).TrimEnd(), (await reader.ReadToEndAsync()).TrimEnd());

        await using var xliff = zip.GetEntry($"{slug}/xliff/{slug}-en-lb.xlf")!.Open();
        var luxembourgish = Xliff2Reader.Read(xliff, ReaderLimits.Default, Language.En, Language.Lb);
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.Lb]), luxembourgish.Units.Select(u => u.Target!.ToPlainString()));
        await using var tmx = zip.GetEntry($"{slug}/{slug}.tmx")!.Open();
        Assert.Equal(16 * 4, TmxReader.Read(tmx, ReaderLimits.Default).Count);
    }

    [Fact]
    public async Task ExportAsync_ByATranslator_IsForbidden()
    {
        var (_, slug) = await PublishedSampleAsync();

        var refusal = await Assert.ThrowsAsync<ForbiddenException>(() => Exports.ExportAsync(People.Francoise.Id, slug, Language.Fr, SourceFormat.PlainText));
        await Assert.ThrowsAsync<ForbiddenException>(() => Exports.ExportAllAsync(People.Francoise.Id, slug));

        Assert.Equal("role.editor-required", refusal.Refusal.Code);
    }

    [Fact]
    public async Task ExportAsync_OfAnUnknownReleaseOrALanguageNotInIt_IsNotFound()
    {
        var release = await Releases.CreateAsync(People.Anna.Id, new NewRelease(
            "Only French", Language.En, [Language.Fr], new DateOnly(2026, 12, 1), null, "One sentence."));

        await Assert.ThrowsAsync<NotFoundException>(() => Exports.ExportAsync(People.Anna.Id, "no-such-release", Language.En, SourceFormat.PlainText));
        await Assert.ThrowsAsync<NotFoundException>(() => Exports.ExportAsync(People.Anna.Id, release.Slug, Language.De, SourceFormat.PlainText));
    }

    private static string Text(ExportFile file) => Encoding.UTF8.GetString(file.Content);

    private async Task<(Guid Id, string Slug)> PublishedSampleAsync()
    {
        var id = await AssignedSampleAsync();
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await TranslateAllAsync(id, language);
            await Review.SubmitAsync(translator.Id, id, language);
            await Review.ApproveAsync(People.Ben.Id, id, language);
        }

        await Publishing.PublishAsync(People.Anna.Id, id);
        return (id, (await LoadAsync(id)).Slug);
    }
}
