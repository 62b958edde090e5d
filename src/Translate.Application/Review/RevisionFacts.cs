using Microsoft.EntityFrameworkCore;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Translations;

namespace Translate.Application.Review;

/// <summary>What an approval needs of a language's revisions, read as small answers instead of loading every revision.</summary>
internal static class RevisionFacts
{
    /// <summary>Who saved translations of the language, in which versions of the release and from where: one row each.</summary>
    public static IReadOnlyList<Authorship> Authorship(TranslateDbContext db, Guid releaseId, Language language) =>
        [.. Of(db, releaseId, language)
            .Select(r => new { r.AuthorId, r.ReleaseVersion, r.Origin })
            .Distinct()
            .AsEnumerable()
            .Select(r => new Authorship(r.AuthorId, r.ReleaseVersion, r.Origin))];

    /// <summary>The last person to type each translation of the language (not an editor filling it from the memory), by translation.</summary>
    public static IReadOnlyDictionary<Guid, string> LastTypists(TranslateDbContext db, Guid releaseId, Language language) =>
        Of(db, releaseId, language)
            .Where(r => r.Origin == RevisionOrigin.Human)
            .Select(r => new { r.TranslationId, r.AuthorId, r.At })
            .AsEnumerable()
            .GroupBy(r => r.TranslationId)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.At)!.AuthorId);

    private static IQueryable<Revision> Of(TranslateDbContext db, Guid releaseId, Language language) =>
        db.Revisions.Where(r => db.Translations.Any(t => t.Id == r.TranslationId && t.ReleaseId == releaseId && t.Language == language));
}
