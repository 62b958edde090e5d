using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Releases;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats;

namespace Translate.Application.Exports;

/// <summary>
/// The finished versions of a release per language, as plain text, Markdown or HTML, or all together as one zip:
/// from the latest published version, or, marked as a preview, from the current state when a preview is asked
/// for or nothing is published yet. Only editors (and admins) export.
/// </summary>
public sealed class ExportService(IDbContextFactory<TranslateDbContext> databases)
{
    public const string PreviewLine = "PREVIEW — not the published version";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="NotFoundException">No such release, or the language is not one of its languages.</exception>
    public async Task<ExportFile> ExportAsync(
        string actorId, string slug, Language language, ExportFormat format, bool preview = false, CancellationToken cancellationToken = default)
    {
        var snapshot = await LoadAsync(actorId, slug, preview, cancellationToken);
        var document = snapshot.Documents.GetValueOrDefault(language)
            ?? throw new NotFoundException($"{language.Code()} is not a language of the release '{slug}'.");
        return new ExportFile(
            $"{slug}-{language.Code()}{Suffix(snapshot)}.{format.Extension()}",
            format.ContentType(),
            Utf8.GetBytes(Write(document, language, format, snapshot)));
    }

    /// <summary>Every language in every format, as entries <c>{slug}/{lang}.{txt|md|html}</c> of one zip.</summary>
    public async Task<ExportFile> ExportAllAsync(string actorId, string slug, bool preview = false, CancellationToken cancellationToken = default)
    {
        var snapshot = await LoadAsync(actorId, slug, preview, cancellationToken);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (language, document) in snapshot.Documents)
            {
                foreach (var format in ExportFormats.All)
                {
                    var entry = archive.CreateEntry($"{slug}/{language.Code()}.{format.Extension()}", CompressionLevel.Optimal);
                    await using var stream = entry.Open();
                    await stream.WriteAsync(Utf8.GetBytes(Write(document, language, format, snapshot)), cancellationToken);
                }
            }
        }

        return new ExportFile($"{slug}{Suffix(snapshot)}.zip", "application/zip", zip.ToArray());
    }

    private static string Suffix(Snapshot snapshot) => snapshot.IsPreview ? "-preview" : "";

    private static string Write(SegmentedDocument document, Language language, ExportFormat format, Snapshot snapshot)
    {
        if (format == ExportFormat.Html)
        {
            // The page's title is the document's own title block, in its language (a preview's may not be translated yet).
            var title = document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Title) is { } titleBlock
                ? PlainTextWriter.Write(new SegmentedDocument([titleBlock]), language).Trim()
                : "";
            title = title.Length > 0 ? title : snapshot.ReleaseTitle;
            return HtmlWriter.Write(document, language, title, snapshot.IsPreview);
        }

        var text = format == ExportFormat.Markdown ? MarkdownWriter.Write(document, language) : PlainTextWriter.Write(document, language);
        return (snapshot.IsPreview ? PreviewLine + "\n\n" : "") + text + "\n";
    }

    private async Task<Snapshot> LoadAsync(string actorId, string slug, bool preview, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var actor = await Actors.LoadAsync(db, actorId, cancellationToken);
        actor.EnsureEditor();
        var release = await db.Releases.AsNoTracking().Where(r => r.Slug == slug).Select(r => new { r.Id, r.Title }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no release '{slug}'.");

        if (!preview)
        {
            var published = await db.PublishedVersions.AsNoTracking().Include(v => v.Documents)
                .Where(v => v.ReleaseId == release.Id)
                .OrderByDescending(v => v.Number)
                .FirstOrDefaultAsync(cancellationToken);
            if (published is not null)
            {
                return new Snapshot(release.Title, IsPreview: false,
                    published.Documents.OrderBy(d => d.Language).ToDictionary(d => d.Language, d => d.Content));
            }
        }

        var current = await ReleaseLoader.LoadAsync(db, release.Id, withRevisions: false, cancellationToken);
        return new Snapshot(release.Title, IsPreview: true,
            LanguageCodes.All.Where(l => l == current.SourceLanguage || current.TargetLanguages.Contains(l))
                .ToDictionary(l => l, current.CurrentDocument));
    }

    /// <summary>The document of each language of a release, and whether they are a preview of unpublished work.</summary>
    private sealed record Snapshot(string ReleaseTitle, bool IsPreview, IReadOnlyDictionary<Language, SegmentedDocument> Documents);
}
