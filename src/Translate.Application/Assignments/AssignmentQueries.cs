using Microsoft.EntityFrameworkCore;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Users;

namespace Translate.Application.Assignments;

/// <summary>Read-only data for the assignment page: who translates the language, what they carry, and the segments.</summary>
public sealed class AssignmentQueries(IDbContextFactory<TranslateDbContext> databases)
{
    /// <summary>
    /// The board of one language of a release, or null when there is no such release or language.
    /// Only editors see it: it shows everyone's workload.
    /// </summary>
    public async Task<AssignmentBoard?> LoadAsync(string actorId, string slug, Language language, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        (await Actors.LoadAsync(db, actorId, cancellationToken)).EnsureEditor();

        var release = await db.Releases.AsNoTracking()
            .Where(r => r.Slug == slug)
            .Select(r => new
            {
                r.Id, r.Title, r.Slug, r.Status, r.SourceLanguage,
                State = r.Languages.Where(l => l.Language == language).Select(l => (LanguageState?)l.State).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (release?.State is not { } state)
        {
            return null;
        }

        var segments = await db.Segments.AsNoTracking()
            .Where(s => s.ReleaseId == release.Id)
            .OrderBy(s => s.Number)
            .ToListAsync(cancellationToken);
        var assignees = await db.Translations.AsNoTracking()
            .Where(t => t.ReleaseId == release.Id && t.Language == language && t.AssigneeId != null)
            .Select(t => new { t.SegmentId, t.AssigneeId })
            .ToDictionaryAsync(t => t.SegmentId, t => t.AssigneeId!, cancellationToken);

        var translators = await TranslatorsAsync(db, release.Id, language, cancellationToken);
        var names = await PersonNames.LoadAsync(db, assignees.Values.Except(translators.Select(t => t.Id)).ToList(), cancellationToken);
        foreach (var translator in translators)
        {
            names[translator.Id] = translator.Name;
        }

        var rows = segments
            .Select(s => assignees.TryGetValue(s.Id, out var assignee)
                ? new AssignableSegment(s, SourceOpening.Of(s.Text, release.SourceLanguage), assignee, names.GetValueOrDefault(assignee, assignee))
                : new AssignableSegment(s, SourceOpening.Of(s.Text, release.SourceLanguage), null, null))
            .ToList();
        return new AssignmentBoard(release.Id, release.Title, release.Slug, release.Status, release.SourceLanguage, language, state, translators, rows);
    }

    /// <summary>Active people with the Translator role who work in the language, with their workload.</summary>
    private static async Task<IReadOnlyList<TranslatorWorkload>> TranslatorsAsync(
        TranslateDbContext db, Guid releaseId, Language language, CancellationToken cancellationToken)
    {
        var translatorRole = RoleNames.Id(Role.Translator);
        var people = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == translatorRole))
            .Select(u => new { u.Id, u.DisplayName, u.UserName, u.WorkingLanguages })
            .ToListAsync(cancellationToken);
        var ids = people.Where(p => p.WorkingLanguages.Contains(language)).Select(p => p.Id).ToList();

        var here = await db.Translations.AsNoTracking()
            .Where(t => t.ReleaseId == releaseId && t.Language == language && t.AssigneeId != null && ids.Contains(t.AssigneeId))
            .GroupBy(t => t.AssigneeId!)
            .Select(g => new { Id = g.Key, Segments = g.Count(), Words = g.Sum(t => t.Segment.WordCount) })
            .ToDictionaryAsync(g => g.Id, cancellationToken);
        var open = await db.Translations.AsNoTracking()
            .Where(t => t.AssigneeId != null && ids.Contains(t.AssigneeId)
                        && t.State != TranslationState.Translated && t.State != TranslationState.Approved
                        && db.Releases.Any(r => r.Id == t.ReleaseId && r.Status != ReleaseStatus.Published))
            .GroupBy(t => t.AssigneeId!)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);

        return people
            .Where(p => ids.Contains(p.Id))
            .Select(p => new TranslatorWorkload(
                p.Id,
                PersonNames.Of(p.Id, p.DisplayName, p.UserName),
                here.GetValueOrDefault(p.Id)?.Segments ?? 0,
                here.GetValueOrDefault(p.Id)?.Words ?? 0,
                open.GetValueOrDefault(p.Id)))
            .OrderBy(t => t.Name, StringComparer.CurrentCulture)
            .ToList();
    }

}
