using Microsoft.EntityFrameworkCore;
using Translate.Application.Checks;
using Translate.Application.Glossaries;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;

namespace Translate.Application.Releases;

/// <summary>Read-only views of releases for the list and the release page, each in a few grouped queries.</summary>
public sealed class ReleaseQueries(IDbContextFactory<TranslateDbContext> databases, GlossaryQueries glossaries)
{
    /// <summary>Releases, newest activity first; <paramref name="language"/> matches the source or a target.</summary>
    public async Task<IReadOnlyList<ReleaseSummary>> ListAsync(ReleaseStatus? status = null, Language? language = null, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var query = db.Releases.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (language is { } l)
        {
            query = query.Where(r => r.SourceLanguage == l || r.Languages.Any(x => x.Language == l));
        }

        var releases = await query
            .Select(r => new { r.Id, r.Slug, r.Title, r.Status, r.SourceLanguage, r.DueDate, r.LastActivityAt })
            .ToListAsync(cancellationToken);
        var ids = releases.Select(r => r.Id).ToList();
        var progress = await ProgressAsync(db, ids, cancellationToken);
        return releases
            .Select(r => new ReleaseSummary(r.Id, r.Slug, r.Title, r.Status, r.SourceLanguage, r.DueDate, r.LastActivityAt,
                progress.Totals.GetValueOrDefault(r.Id).Segments, progress.Totals.GetValueOrDefault(r.Id).Words,
                progress.Languages.GetValueOrDefault(r.Id, [])))
            .OrderByDescending(r => r.LastActivityAt)
            .ToList();
    }

    /// <summary>"My work": releases and languages with segments assigned to the person, soonest due first.</summary>
    public async Task<IReadOnlyList<WorkItem>> MyWorkAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Translations.AsNoTracking()
            .Where(t => t.AssigneeId == userId)
            .Join(db.Releases.Where(r => r.Status != ReleaseStatus.Published), t => t.ReleaseId, r => r.Id, (t, r) => new
            {
                r.Id, r.Slug, r.Title, r.DueDate, t.Language, t.State, t.Segment.WordCount,
            })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(x => (x.Id, x.Language))
            .Select(g =>
            {
                var open = g.Where(x => x.State is not (TranslationState.Translated or TranslationState.Approved)).ToList();
                var first = g.First();
                return new WorkItem(first.Id, first.Slug, first.Title, first.Language, first.DueDate, g.Count(), open.Count, open.Sum(x => x.WordCount));
            })
            .OrderBy(w => w.DueDate)
            .ThenBy(w => w.Title, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<ReleaseOverview?> OverviewAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var release = await db.Releases.AsNoTracking()
            .Include(r => r.Blocks)
            .Include(r => r.Segments)
            .Include(r => r.Languages)
            .Include(r => r.PublishedVersions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (release is null)
        {
            return null;
        }

        var progress = await ProgressAsync(db, [release.Id], cancellationToken);
        var work = await db.Translations.AsNoTracking()
            .Where(t => t.ReleaseId == release.Id)
            .GroupBy(t => new { t.Language, t.AssigneeId })
            .Select(g => new { g.Key.Language, g.Key.AssigneeId, Segments = g.Count(), Words = g.Sum(t => t.Segment.WordCount), Last = g.Max(t => t.LastEditedAt) })
            .ToListAsync(cancellationToken);
        var checks = await CheckSummariesAsync(db, release.Id, release.SourceLanguage, cancellationToken);
        var userIds = work.Where(w => w.AssigneeId != null).Select(w => w.AssigneeId!)
            .Concat(release.PublishedVersions.Select(v => v.PublishedById)).Distinct().ToList();
        var names = await PersonNames.LoadAsync(db, userIds, cancellationToken);

        var languages = progress.Languages.GetValueOrDefault(release.Id, [])
            .Select(p => new LanguageRow(
                p,
                work.Where(w => w.Language == p.Language && w.AssigneeId != null)
                    .Select(w => new Assignee(w.AssigneeId!, names.GetValueOrDefault(w.AssigneeId!, w.AssigneeId!), w.Segments, w.Words))
                    .OrderBy(a => a.Name, StringComparer.CurrentCulture)
                    .ToList(),
                work.Where(w => w.Language == p.Language).Max(w => w.Last),
                checks.GetValueOrDefault(p.Language, CheckSummary.None)))
            .ToList();
        var sourceDocument = await db.SourceDocuments.AsNoTracking()
            .Where(d => d.Id == release.SourceDocumentId)
            .Select(d => new SourceDocumentView(d.FileName, d.Format, d.Content.Length))
            .SingleOrDefaultAsync(cancellationToken);
        var totals = progress.Totals.GetValueOrDefault(release.Id);
        var summary = new ReleaseSummary(release.Id, release.Slug, release.Title, release.Status, release.SourceLanguage, release.DueDate,
            release.LastActivityAt, totals.Segments, totals.Words, progress.Languages.GetValueOrDefault(release.Id, []));
        return new ReleaseOverview(
            summary,
            release.Embargo,
            release.Version,
            release.EditVersion,
            release.PublicationScheduledById is not null,
            PlainTextWriter.Write(release.CurrentDocument(release.SourceLanguage), release.SourceLanguage),
            languages,
            release.PublishedVersions
                .OrderByDescending(v => v.Number)
                .Select(v => new PublishedVersionView(v.Number, v.PublishedAt, names.GetValueOrDefault(v.PublishedById, v.PublishedById)))
                .ToList(),
            sourceDocument);
    }

    /// <summary>Per target language, what the checks find in its stored translations: one query for the whole release.</summary>
    private async Task<Dictionary<Language, CheckSummary>> CheckSummariesAsync(
        TranslateDbContext db, Guid releaseId, Language sourceLanguage, CancellationToken cancellationToken)
    {
        var glossary = await glossaries.CurrentAsync(cancellationToken);
        var translations = await db.Translations.AsNoTracking()
            .Where(t => t.ReleaseId == releaseId && t.State != TranslationState.Empty)
            .Select(t => new { t.Language, Source = t.Segment.Text, t.Text, t.Acknowledgements })
            .ToListAsync(cancellationToken);

        // Summaries count; nobody's name is shown, so none is looked up.
        IReadOnlyDictionary<string, string> noNames = new Dictionary<string, string>();
        return translations
            .GroupBy(t => t.Language)
            .ToDictionary(g => g.Key, g => CheckSummary.Of(g.SelectMany(t =>
                CheckViews.Of(t.Source, t.Text, sourceLanguage, g.Key, glossary, CheckViews.Named(t.Acknowledgements, noNames)))));
    }

    /// <summary>Per release: segment and word totals, and per target language its state and progress.</summary>
    private static async Task<(Dictionary<Guid, (int Segments, int Words)> Totals, Dictionary<Guid, IReadOnlyList<LanguageProgress>> Languages)> ProgressAsync(
        TranslateDbContext db, IReadOnlyCollection<Guid> releaseIds, CancellationToken cancellationToken)
    {
        var totals = await db.Segments.AsNoTracking()
            .Where(s => releaseIds.Contains(s.ReleaseId))
            .GroupBy(s => s.ReleaseId)
            .Select(g => new { ReleaseId = g.Key, Segments = g.Count(), Words = g.Sum(s => s.WordCount) })
            .ToDictionaryAsync(x => x.ReleaseId, x => (x.Segments, x.Words), cancellationToken);
        var states = await db.Translations.AsNoTracking()
            .Where(t => releaseIds.Contains(t.ReleaseId))
            .GroupBy(t => new { t.ReleaseId, t.Language, t.State })
            .Select(g => new { g.Key.ReleaseId, g.Key.Language, g.Key.State, Count = g.Count(), Words = g.Sum(t => t.Segment.WordCount) })
            .ToListAsync(cancellationToken);
        var languages = await db.Releases.AsNoTracking()
            .Where(r => releaseIds.Contains(r.Id))
            .SelectMany(r => r.Languages)
            .ToListAsync(cancellationToken);

        var progress = languages
            .GroupBy(l => l.ReleaseId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LanguageProgress>)g
                .OrderBy(l => l.Language)
                .Select(l =>
                {
                    var mine = states.Where(s => s.ReleaseId == l.ReleaseId && s.Language == l.Language).ToList();
                    var done = mine.Where(s => s.State is TranslationState.Translated or TranslationState.Approved).ToList();
                    var approved = mine.Where(s => s.State == TranslationState.Approved).ToList();
                    var (segments, words) = totals.GetValueOrDefault(l.ReleaseId);
                    return new LanguageProgress(l.Language, l.State, segments, words,
                        done.Sum(s => s.Count), done.Sum(s => s.Words), approved.Sum(s => s.Count), approved.Sum(s => s.Words));
                })
                .ToList());
        return (totals, progress);
    }
}
