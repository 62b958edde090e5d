using Microsoft.EntityFrameworkCore;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Formats;

namespace Translate.Application.Releases;

/// <summary>Creating releases and changing their source and details.</summary>
public sealed class ReleaseService(IDbContextFactory<TranslateDbContext> databases, ReleaseOperations operations)
{
    /// <summary>How a text will be segmented, shown before the release is created.</summary>
    public static SegmentedDocument PreviewSegmentation(string sourceText, Language sourceLanguage) =>
        PlainTextReader.Read(sourceText, sourceLanguage);

    /// <summary>How a text in the given format (plain text or Markdown) will be segmented.</summary>
    public static SegmentedDocument PreviewSegmentation(string sourceText, Language sourceLanguage, SourceFormat format) =>
        SourceFiles.Read(sourceText, format, sourceLanguage);

    /// <summary>
    /// Creates a draft release from its source document, or from plain text when the request has none;
    /// its address is made unique by a number when the title repeats.
    /// </summary>
    public async Task<Release> CreateAsync(string actorId, NewRelease request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var actor = await Actors.LoadAsync(db, actorId, cancellationToken);
        var document = request.Document ?? PreviewSegmentation(request.SourceText, request.SourceLanguage);
        var slug = await UniqueSlugAsync(db, Slug.From(request.Title), cancellationToken);
        var release = Release.Create(request.Title, request.SourceLanguage, request.TargetLanguages, request.DueDate,
            request.Embargo, document, actor, operations.Now, slug);
        db.Releases.Add(release);
        await db.SaveChangesAsync(cancellationToken);
        return release;
    }

    public Task StartTranslationAsync(string actorId, Guid releaseId, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, (release, actor, now) => release.StartTranslation(actor, now), cancellationToken);

    /// <summary>What replacing the source would do, for the editor's warning before they confirm.</summary>
    public Task<SourceChange> PlanSourceChangeAsync(string actorId, Guid releaseId, string sourceText, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, (release, actor, _) =>
        {
            actor.EnsureEditor();
            return release.PlanSourceChange(PlainTextReader.Read(sourceText, release.SourceLanguage));
        }, cancellationToken);

    public Task<SourceChange> ChangeSourceAsync(string actorId, Guid releaseId, string sourceText, int basedOnEditVersion, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, (release, actor, now) =>
            release.ChangeSource(PlainTextReader.Read(sourceText, release.SourceLanguage), basedOnEditVersion, actor, now), cancellationToken);

    public Task ReviseDetailsAsync(string actorId, Guid releaseId, string title, DateOnly dueDate, Embargo? embargo, int basedOnEditVersion, CancellationToken cancellationToken = default) =>
        operations.RunAsync(actorId, releaseId, (release, actor, now) =>
            release.ReviseDetails(title, dueDate, embargo, basedOnEditVersion, actor, now), cancellationToken);

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
