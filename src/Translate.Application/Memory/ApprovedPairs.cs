using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Memory;
using Translate.Domain.Releases;
using Translate.Domain.Translations;

namespace Translate.Application.Memory;

/// <summary>The memory units an approval brings: one per approved segment pair of the language, once per pair of texts.</summary>
internal static class ApprovedPairs
{
    /// <summary>
    /// Each approved pair with the source texts of its neighbours in document order (for in-context matches), the
    /// release, the approval time and, as author, the translator who last typed it (from <paramref name="typists"/>, by
    /// translation), else its last editor.
    /// </summary>
    public static IReadOnlyList<MemoryUnit> Of(
        Release release, Language language, IReadOnlyDictionary<Guid, string> typists, TranslateDbContext db, DateTimeOffset approvedAt)
    {
        var segments = release.Segments;
        var approved = segments
            .Select((segment, i) => (Segment: segment, Index: i, Translation: release.Translation(segment, language)))
            .Where(s => s.Translation.State == TranslationState.Approved && !string.IsNullOrWhiteSpace(s.Translation.Text)
                && !string.IsNullOrWhiteSpace(s.Segment.Text))
            .ToList();
        var authorIds = approved.Select(s => AuthorId(s.Translation, typists)).OfType<string>().Distinct().ToList();
        var names = authorIds.Count == 0
            ? []
            : db.Users.Where(u => authorIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToList()
                .ToDictionary(u => u.Id, u => PersonNames.Of(u.Id, u.DisplayName, u.UserName));

        return [.. approved
            .Select(s => new MemoryUnit(Guid.CreateVersion7(approvedAt), release.SourceLanguage, language, s.Segment.Text, s.Translation.Text, approvedAt)
            {
                PreviousSourceText = s.Index > 0 ? segments[s.Index - 1].Text : null,
                NextSourceText = s.Index < segments.Count - 1 ? segments[s.Index + 1].Text : null,
                ReleaseSlug = release.Slug,
                ReleaseTitle = release.Title,
                Author = AuthorId(s.Translation, typists) is { } id ? names.GetValueOrDefault(id) : null,
            })
            .DistinctBy(MemoryChange.Key)];
    }

    private static string? AuthorId(Translation translation, IReadOnlyDictionary<Guid, string> typists) =>
        typists.GetValueOrDefault(translation.Id) ?? translation.LastEditorId;
}
