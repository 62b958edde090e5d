using Microsoft.EntityFrameworkCore;
using Translate.Application.Memory;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Formats;

namespace Translate.Application.Releases;

/// <summary>Creating releases and changing their source and details.</summary>
public sealed class ReleaseService(
    IDbContextFactory<TranslateDbContext> databases, ReleaseOperations operations, UploadOptions uploads, ReleaseOptions limits, MemoryStore memory)
{
    /// <summary>How a text will be segmented, shown before the release is created.</summary>
    /// <exception cref="RefusedException">The text has more segments than a release may hold.</exception>
    public SegmentedDocument PreviewSegmentation(string sourceText, Language sourceLanguage) =>
        limits.Checked(PlainTextReader.Read(sourceText, sourceLanguage));

    /// <summary>How a file will be segmented.</summary>
    /// <exception cref="DocumentFormatException">The file is refused: too large, broken, hostile or not what its name says.</exception>
    /// <exception cref="RefusedException">The file has more segments than a release may hold.</exception>
    public SegmentedDocument PreviewSegmentation(SourceFile file, Language sourceLanguage)
    {
        ArgumentNullException.ThrowIfNull(file);
        return limits.Checked(SourceFiles.Read(file.Content, file.Format, sourceLanguage, uploads.ReaderLimits));
    }

    /// <summary>
    /// Creates a draft release from its source document, or from plain text when the request has none;
    /// its address is made unique by a number when the title repeats.
    /// </summary>
    public async Task<Release> CreateAsync(string actorId, NewRelease request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var actor = await Actors.LoadAsync(db, actorId, cancellationToken);
        var (document, sourceDocument) = request.File is { } file
            ? Read(file, request.SourceLanguage)
            : (PreviewSegmentation(request.SourceText, request.SourceLanguage), null);
        var slug = await UniqueSlugAsync(db, Slug.From(request.Title), cancellationToken);
        var release = Release.Create(request.Title, request.SourceLanguage, request.TargetLanguages, request.DueDate,
            request.Embargo, document, actor, operations.Now, slug, sourceDocument);
        db.Releases.Add(release);
        if (sourceDocument is not null)
        {
            db.SourceDocuments.Add(sourceDocument);
        }

        await db.SaveChangesAsync(cancellationToken);
        return release;
    }

    /// <summary>
    /// Starts translation: every segment gets its translations, and those whose source the memory holds exactly
    /// are filled from it as Translated (origin Memory), in the same save.
    /// </summary>
    public async Task<MemoryFill> StartTranslationAsync(string actorId, Guid releaseId, CancellationToken cancellationToken = default)
    {
        var index = await memory.IndexAsync(cancellationToken);
        return await operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, actor, now, db) =>
        {
            release.StartTranslation(actor, now);
            var fill = MemoryFill.Run(release, index, actor, now);
            BulkRows.Insert(db, release.Translations);
            BulkRows.Insert(db, [.. release.Translations.SelectMany(t => t.Revisions)]);
            return fill;
        }, cancellationToken);
    }

    /// <summary>An editor fills the Empty translations of every language from exact memory matches; text already there stays.</summary>
    public async Task<MemoryFill> FillFromMemoryAsync(string actorId, Guid releaseId, CancellationToken cancellationToken = default)
    {
        var index = await memory.IndexAsync(cancellationToken);
        return await operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, actor, now) =>
        {
            actor.EnsureEditor();
            return MemoryFill.Run(release, index, actor, now);
        }, cancellationToken);
    }

    /// <summary>What replacing the source would do, for the editor's warning before they confirm.</summary>
    public Task<SourceChange> PlanSourceChangeAsync(string actorId, Guid releaseId, string sourceText, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, actor, _) =>
        {
            actor.EnsureEditor();
            return release.PlanSourceChange(PreviewSegmentation(sourceText, release.SourceLanguage));
        }, cancellationToken);

    public Task<SourceChange> ChangeSourceAsync(string actorId, Guid releaseId, string sourceText, int basedOnEditVersion, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, actor, now) =>
            release.ChangeSource(PreviewSegmentation(sourceText, release.SourceLanguage), basedOnEditVersion, actor, now), cancellationToken);

    /// <summary>What replacing the source with a file would do.</summary>
    /// <exception cref="DocumentFormatException">The file is refused.</exception>
    public Task<SourceChange> PlanSourceChangeAsync(string actorId, Guid releaseId, SourceFile file, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, actor, _) =>
        {
            actor.EnsureEditor();
            return release.PlanSourceChange(Read(file, release.SourceLanguage).Document);
        }, cancellationToken);

    /// <summary>Replaces the source with a file; a document (not plain text) is kept to rebuild each language in its format.</summary>
    /// <exception cref="DocumentFormatException">The file is refused; nothing changes.</exception>
    public Task<SourceChange> ChangeSourceAsync(string actorId, Guid releaseId, SourceFile file, int basedOnEditVersion, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Whole, (release, actor, now, db) =>
        {
            var (document, sourceDocument) = Read(file, release.SourceLanguage, now);
            var change = release.ChangeSource(document, basedOnEditVersion, actor, now, sourceDocument);
            if (sourceDocument is not null)
            {
                db.SourceDocuments.Add(sourceDocument);
            }

            return change;
        }, cancellationToken);

    public Task ReviseDetailsAsync(string actorId, Guid releaseId, string title, DateOnly dueDate, Embargo? embargo, int basedOnEditVersion, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, ReleaseRows.Languages, (release, actor, now) =>
            release.ReviseDetails(title, dueDate, embargo, basedOnEditVersion, actor, now), cancellationToken);

    /// <summary>A file's blocks and segments, and the document to keep unless it is plain text, which rebuilds itself.</summary>
    private (SegmentedDocument Document, SourceDocument? Kept) Read(SourceFile file, Language language, DateTimeOffset? now = null)
    {
        var document = PreviewSegmentation(file, language);
        var kept = file.Format == SourceFormat.PlainText ? null : new SourceDocument(file.FileName, file.Format, file.Content, now ?? operations.Now);
        return (document, kept);
    }

    private static async Task<string> UniqueSlugAsync(TranslateDbContext db, string slug, CancellationToken cancellationToken)
    {
        // Room for a "-NN" suffix within the column's length.
        slug = slug.Length > Slug.MaxLength - 4 ? slug[..(Slug.MaxLength - 4)].TrimEnd('-') : slug;
        var taken = await db.Releases.Where(r => r.Slug == slug || r.Slug.StartsWith(slug + "-")).Select(r => r.Slug).ToListAsync(cancellationToken);
        if (!taken.Contains(slug))
        {
            return slug;
        }

        var number = 2;
        while (taken.Contains($"{slug}-{number}"))
        {
            number++;
        }

        return $"{slug}-{number}";
    }
}
