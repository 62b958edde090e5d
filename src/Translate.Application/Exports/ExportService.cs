using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Exchange;
using Translate.Application.Releases;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Formats;

namespace Translate.Application.Exports;

/// <summary>
/// The finished versions of a release per language, as plain text, Markdown, HTML or the original's format (a Word
/// document or a JSON strings file rebuilt in each language), or all together as one zip: from the latest published
/// version, or, marked as a preview, from the current state when a preview is asked for or nothing is published yet.
/// Only editors (and admins) export.
/// </summary>
public sealed class ExportService(IDbContextFactory<TranslateDbContext> databases, UploadOptions uploads)
{
    public const string PreviewLine = PreviewNotice.Line;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The formats a release exports in: the text formats always, and the source's own format when it is a Word
    /// document or a JSON strings file, rebuilt from the original.
    /// </summary>
    public static IReadOnlyList<SourceFormat> FormatsOf(SourceFormat? sourceDocumentFormat) =>
        [SourceFormat.PlainText, SourceFormat.Markdown, SourceFormat.Html, .. sourceDocumentFormat is SourceFormat.Docx or SourceFormat.Json ? [sourceDocumentFormat.Value] : Array.Empty<SourceFormat>()];

    /// <exception cref="NotFoundException">No such release, the language is not one of its languages, or the format is not one it exports in.</exception>
    public async Task<ExportFile> ExportAsync(
        string actorId, string slug, Language language, SourceFormat format, bool preview = false, CancellationToken cancellationToken = default)
    {
        var snapshot = await LoadAsync(actorId, slug, preview, cancellationToken);
        var document = snapshot.Documents.GetValueOrDefault(language)
            ?? throw new NotFoundException(NotFoundRefusals.NotALanguage(language, slug));
        if (!FormatsOf(snapshot.Original?.Format).Contains(format))
        {
            throw new NotFoundException(NotFoundRefusals.NoDocument(slug, format.Extension()));
        }

        return new ExportFile($"{slug}-{language.Code()}{Suffix(snapshot)}.{format.Extension()}", format.ContentType(),
            Write(document, language, format, snapshot));
    }

    /// <summary>
    /// Every language in every format, as entries <c>{slug}/{lang}.{txt|md|html|docx|json}</c> of one zip, with each
    /// target language as XLIFF 2.1 (<c>{slug}/xliff/</c>) and the release's approved and published pairs as TMX, for
    /// localization tools.
    /// </summary>
    public async Task<ExportFile> ExportAllAsync(string actorId, string slug, bool preview = false, CancellationToken cancellationToken = default)
    {
        var snapshot = await LoadAsync(actorId, slug, preview, cancellationToken, withCurrent: true);
        var interchange = Interchange(slug, snapshot.Current!, snapshot.Published);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in interchange)
            {
                var entry = archive.CreateEntry($"{slug}/{(file.ContentType == InterchangeFiles.XliffContentType ? "xliff/" : "")}{file.FileName}", CompressionLevel.Optimal);
                await using var stream = entry.Open();
                await stream.WriteAsync(file.Content, cancellationToken);
            }

            foreach (var (language, document) in snapshot.Documents)
            {
                foreach (var format in FormatsOf(snapshot.Original?.Format))
                {
                    var entry = archive.CreateEntry($"{slug}/{language.Code()}.{format.Extension()}", CompressionLevel.Optimal);
                    await using var stream = entry.Open();
                    await stream.WriteAsync(Write(document, language, format, snapshot), cancellationToken);
                }
            }
        }

        return new ExportFile($"{slug}{Suffix(snapshot)}.zip", "application/zip", zip.ToArray());
    }

    private static string Suffix(Snapshot snapshot) => snapshot.IsPreview ? "-preview" : "";

    /// <summary>
    /// The document in the format: rebuilt from the original when the source is a document of that format, so its
    /// structure and styles carry over; otherwise written from the blocks, inline tags dropped.
    /// </summary>
    private byte[] Write(SegmentedDocument document, Language language, SourceFormat format, Snapshot snapshot)
    {
        if (snapshot.Original is { } original && original.Format == format)
        {
            var merged = SourceFiles.Merge(original.Content, format, snapshot.SourceLanguage, document, language, uploads.ReaderLimits);
            return snapshot.IsPreview ? PreviewNotice.Mark(merged, format) : merged;
        }

        var plain = new SegmentedDocument([.. document.Blocks.Select(b => b with { Segments = [b.PlainText(language)] })]);
        if (format == SourceFormat.Html)
        {
            // The page's title is the document's own title block, in its language (a preview's may not be translated yet).
            var title = plain.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Title) is { } titleBlock
                ? PlainTextWriter.Write(new SegmentedDocument([titleBlock]), language).Trim()
                : "";
            title = title.Length > 0 ? title : snapshot.ReleaseTitle;
            return Utf8.GetBytes(HtmlWriter.Write(plain, language, title, snapshot.IsPreview));
        }

        var text = format == SourceFormat.Markdown ? MarkdownWriter.Write(plain, language) : PlainTextWriter.Write(plain, language);
        return Utf8.GetBytes((snapshot.IsPreview ? PreviewLine + "\n\n" : "") + text + "\n");
    }

    /// <summary>
    /// The documents to export: the newest published version's, or the current state's when a preview is asked for or
    /// nothing is published; the current release is loaded for previews and when <paramref name="withCurrent"/> asks.
    /// </summary>
    private async Task<Snapshot> LoadAsync(string actorId, string slug, bool preview, CancellationToken cancellationToken, bool withCurrent = false)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var actor = await Actors.LoadAsync(db, actorId, cancellationToken);
        actor.EnsureEditor();
        var release = await db.Releases.AsNoTracking().Where(r => r.Slug == slug)
            .Select(r => new { r.Id, r.Title, r.SourceLanguage, r.SourceDocumentId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(NotFoundRefusals.Release(slug));

        var published = await ReleaseLoader.LatestPublishedAsync(db, release.Id, cancellationToken);
        var isPreview = preview || published is null;
        var current = isPreview || withCurrent ? await ReleaseRows.Whole.LoadAsync(db, release.Id, cancellationToken) : null;
        var documents = isPreview
            ? LanguageCodes.All.Where(l => l == current!.SourceLanguage || current.TargetLanguages.Contains(l)).ToDictionary(l => l, current!.CurrentDocument)
            : published!.Documents.OrderBy(d => d.Language).ToDictionary(d => d.Language, d => d.Content);
        var original = await OriginalAsync(db, isPreview ? release.SourceDocumentId : published!.SourceDocumentId, cancellationToken);
        return new Snapshot(release.Title, release.SourceLanguage, isPreview, documents, original, current, published);
    }

    /// <summary>The XLIFF file of each target language (once translation started) and the TMX file of the release, from its current state.</summary>
    private static IReadOnlyList<ExportFile> Interchange(string slug, Release release, PublishedVersion? published) =>
    [
        // A draft has no translations yet: nothing to translate offline until translation starts.
        .. release.Status == ReleaseStatus.Draft ? [] : release.TargetLanguages.Select(l => InterchangeFiles.Xliff(slug, ReleaseInterchange.Bilingual(release, l), XliffVersion.Xliff21)),
        InterchangeFiles.Tmx(slug, ReleaseInterchange.MemoryEntries(release, published)),
    ];

    private static async Task<SourceDocument?> OriginalAsync(TranslateDbContext db, Guid? id, CancellationToken cancellationToken) =>
        id is null ? null : await db.SourceDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>
    /// The document of each language of a release, the original they rebuild, whether they are a preview of unpublished
    /// work, and what they were taken from: the current release (when loaded) and the newest published version.
    /// </summary>
    private sealed record Snapshot(
        string ReleaseTitle, Language SourceLanguage, bool IsPreview, IReadOnlyDictionary<Language, SegmentedDocument> Documents,
        SourceDocument? Original, Release? Current, PublishedVersion? Published);
}
