using Microsoft.EntityFrameworkCore;
using Translate.Application.Checks;
using Translate.Application.Glossaries;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Languages;

namespace Translate.Application.Review;

/// <summary>Read-only data for the review page: a language side by side with its source, and each segment's history.</summary>
public sealed class ReviewQueries(IDbContextFactory<TranslateDbContext> databases, GlossaryQueries glossaries)
{
    /// <summary>The language of the release as an editor reviews it, or null when there is no such release or language.</summary>
    public async Task<ReviewSheet?> LoadAsync(string actorId, string slug, Language language, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        (await Actors.LoadAsync(db, actorId, cancellationToken)).EnsureEditor();

        var release = await db.Releases.AsNoTracking()
            .Where(r => r.Slug == slug)
            .Select(r => new
            {
                r.Id, r.Title, r.Slug, r.Status, r.Version, r.SourceLanguage,
                Language = r.Languages.FirstOrDefault(l => l.Language == language),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (release?.Language is not { } reviewed)
        {
            return null;
        }

        var translations = await db.Translations.AsNoTracking()
            .Where(t => t.ReleaseId == release.Id && t.Language == language)
            .OrderBy(t => t.Segment.Number)
            .Select(t => new
            {
                t.Id, t.SegmentId, t.Segment.Number, Source = t.Segment.Text, t.Text, t.State,
                t.LastEditorId, t.LastEditedAt, t.ReviewComment, t.Acknowledgements,
            })
            .ToListAsync(cancellationToken);
        var revisions = (await db.Revisions.AsNoTracking()
                .Where(r => db.Translations.Any(t => t.Id == r.TranslationId && t.ReleaseId == release.Id && t.Language == language))
                .ToListAsync(cancellationToken))
            .OrderByDescending(r => r.At)
            .ToLookup(r => r.TranslationId);

        var peopleIds = revisions.SelectMany(g => g.Select(r => r.AuthorId))
            .Concat(translations.Select(t => t.LastEditorId))
            .Concat(translations.SelectMany(t => t.Acknowledgements.Select(a => a.AuthorId)))
            .Append(reviewed.SubmittedById)
            .Append(reviewed.ApprovedById)
            .OfType<string>()
            .Distinct()
            .ToList();
        var names = await PersonNames.LoadAsync(db, peopleIds, cancellationToken);
        var glossary = await glossaries.CurrentAsync(cancellationToken);
        string Name(string id) => names.GetValueOrDefault(id, id);

        var rows = translations
            .Select(t => new ReviewRow(
                t.SegmentId, t.Number, t.Source, t.Text, t.State,
                t.LastEditorId is { } editor ? Name(editor) : null, t.LastEditedAt, t.ReviewComment,
                revisions[t.Id].Select(r => new RevisionEntry(r.At, Name(r.AuthorId), r.OldText, r.NewText, r.NewState, r.Origin, r.ReleaseVersion)).ToList(),
                CheckViews.Of(t.Source, t.Text, release.SourceLanguage, language, glossary, CheckViews.Named(t.Acknowledgements, names))))
            .ToList();
        return new ReviewSheet(
            release.Id, release.Title, release.Slug, release.Status, release.Version, release.SourceLanguage, language, reviewed.State,
            reviewed.SubmittedById is { } submitter ? Name(submitter) : null, reviewed.SubmittedAt,
            reviewed.ApprovedById is { } approver ? Name(approver) : null, reviewed.ApprovedAt,
            rows);
    }

}
