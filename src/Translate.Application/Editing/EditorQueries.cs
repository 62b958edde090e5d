using Microsoft.EntityFrameworkCore;
using Translate.Application.Checks;
using Translate.Application.Glossaries;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Users;

namespace Translate.Application.Editing;

/// <summary>
/// What the side-by-side editor reads. Anyone signed in may read a release; which rows the person may change is
/// answered by <see cref="WorkRules.WhyReadOnly"/>, the rule <see cref="Release.SaveTranslation"/> enforces.
/// </summary>
public sealed class EditorQueries(IDbContextFactory<TranslateDbContext> databases, GlossaryQueries glossaries)
{
    /// <exception cref="NotFoundException">No release has this slug, or the language is not one of its targets.</exception>
    public async Task<EditorPage> LoadAsync(string actorId, string slug, Language language, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var release = await db.Releases.AsNoTracking()
                          .Where(r => r.Slug == slug)
                          .Select(r => new { r.Id, r.Slug, r.Title, r.Status, r.SourceLanguage })
                          .SingleOrDefaultAsync(cancellationToken)
                      ?? throw new NotFoundException(NotFoundRefusals.Release(slug));
        var languageState = await db.Set<ReleaseLanguage>().AsNoTracking()
                                .Where(l => l.ReleaseId == release.Id && l.Language == language)
                                .Select(l => (LanguageState?)l.State)
                                .SingleOrDefaultAsync(cancellationToken)
                            ?? throw new NotFoundException(NotFoundRefusals.NotATarget(language, slug));

        var segments = await db.Segments.AsNoTracking()
            .Where(s => s.ReleaseId == release.Id)
            .OrderBy(s => s.Number)
            .Select(s => new { s.Id, s.Number, s.Block.Kind, s.Text, s.WordCount })
            .ToListAsync(cancellationToken);

        // A draft has no translations yet: its rows show the source with empty targets.
        var translations = await db.Translations.AsNoTracking()
            .Where(t => t.ReleaseId == release.Id && t.Language == language)
            .Select(t => new { t.SegmentId, t.Text, t.State, t.Version, t.AssigneeId, t.ReviewComment, t.LastEditorId, t.LastEditedAt, t.Acknowledgements })
            .ToDictionaryAsync(t => t.SegmentId, cancellationToken);

        var names = await PersonNames.LoadAsync(db,
            [.. translations.Values.SelectMany(t => t.Acknowledgements.Select(a => a.AuthorId).Append(t.AssigneeId).Append(t.LastEditorId)).OfType<string>().Distinct()],
            cancellationToken);
        var actor = (await Actors.LoadManyAsync(db, [actorId], cancellationToken)).SingleOrDefault();
        var glossary = await glossaries.CurrentAsync(cancellationToken);

        var rows = segments.Select(s =>
        {
            translations.TryGetValue(s.Id, out var t);
            var acknowledgements = CheckViews.Named(t?.Acknowledgements ?? [], names);
            return new EditorRow(
                s.Id, s.Number, s.Kind, s.Text, s.WordCount,
                t?.Text ?? string.Empty,
                t?.State ?? TranslationState.Empty,
                t?.Version ?? 0,
                t?.AssigneeId,
                NameOf(names, t?.AssigneeId),
                t?.ReviewComment,
                NameOf(names, t?.LastEditorId),
                t?.LastEditedAt,
                WorkRules.WhyReadOnly(release.Status, languageState, language, t?.AssigneeId, actor),
                CheckViews.Of(s.Text, t?.Text ?? string.Empty, release.SourceLanguage, language, glossary, acknowledgements),
                acknowledgements);
        }).ToList();

        var maySubmit = actor is not null
            && WorkRules.MaySubmit(release.Status, languageState, language, rows.Exists(r => r.AssigneeId == actor.Id), actor);
        return new EditorPage(release.Id, release.Slug, release.Title, release.Status, release.SourceLanguage, language, languageState, maySubmit, rows);
    }

    /// <summary>The name to show for a person (a disabled one keeps their name on their work); null when unknown.</summary>
    public async Task<string?> PersonNameAsync(string? personId, CancellationToken cancellationToken = default)
    {
        if (personId is null)
        {
            return null;
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return NameOf(await PersonNames.LoadAsync(db, [personId], cancellationToken), personId);
    }

    private static string? NameOf(Dictionary<string, string> names, string? id) =>
        id is null ? null : names.GetValueOrDefault(id, id);
}
