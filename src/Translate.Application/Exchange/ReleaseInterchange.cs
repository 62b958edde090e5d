using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Formats.Interchange;

namespace Translate.Application.Exchange;

/// <summary>
/// A loaded release as interchange data: one language as a bilingual document (a unit per segment, its id the
/// segment's id, which survives changes of the source) and the approved or published pairs as memory entries.
/// </summary>
public static class ReleaseInterchange
{
    /// <summary>The segments of one language (those <paramref name="include"/> keeps, or all), in document order.</summary>
    public static BilingualDocument Bilingual(Release release, Language language, Func<Translation, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(release);
        var units = release.Segments
            .Select(segment => (Segment: segment, Translation: release.Translation(segment, language)))
            .Where(s => include?.Invoke(s.Translation) ?? true)
            .Select(s => Unit(s.Segment, s.Translation))
            .ToList();
        return new BilingualDocument(release.SourceLanguage, language, release.Slug, units)
        {
            ReleaseId = release.Id.ToString(),
            Version = release.Version,
        };
    }

    /// <summary>
    /// Every approved pair of the current state, and every pair of the published version (when given), each once:
    /// from the source language into each target, in language and document order.
    /// </summary>
    public static IReadOnlyList<TranslationMemoryEntry> MemoryEntries(Release release, PublishedVersion? published = null)
    {
        ArgumentNullException.ThrowIfNull(release);
        var approved = release.Languages.SelectMany(l => release.TranslationsIn(l.Language))
            .Where(t => t.State == TranslationState.Approved && t.Text.Length > 0)
            .Select(t => Entry(release.SourceLanguage, t.Segment.Text, t.Language, t.Text, t.LastEditedAt));
        var entries = approved.Concat(published is null ? [] : PublishedPairs(published));
        return [.. entries
            .DistinctBy(e => (e.TargetLanguage, e.Source, e.Target))
            .OrderBy(e => e.TargetLanguage)];
    }

    /// <summary>A text as inline codes; one whose tags do not pair up travels as plain text, tags and all.</summary>
    public static InlineText Inline(string tagged) =>
        InlineTags.Problem(tagged) is null ? TaggedText.ToInline(tagged) : InlineText.Plain(tagged);

    private static BilingualUnit Unit(Segment segment, Translation translation) =>
        new(segment.Id.ToString(), Inline(segment.Text), translation.Text.Length == 0 ? null : Inline(translation.Text), translation.State)
        {
            SegmentNumber = segment.Number,
            BlockId = segment.BlockId.ToString(),
            BlockKind = segment.Block.Kind,
            BaseVersion = translation.Version,
            Notes = translation.State == TranslationState.Rejected && translation.ReviewComment is { } comment ? [comment] : [],
        };

    /// <summary>The published documents share the source's blocks and segment counts, so segments pair by place.</summary>
    private static IEnumerable<TranslationMemoryEntry> PublishedPairs(PublishedVersion published)
    {
        var source = published.Documents.SingleOrDefault(d => d.IsSource);
        if (source is null)
        {
            yield break;
        }

        var sourceSegments = source.Content.Segments.ToList();
        foreach (var target in published.Documents.Where(d => !d.IsSource).OrderBy(d => d.Language))
        {
            foreach (var (sourceText, targetText) in sourceSegments.Zip(target.Content.Segments))
            {
                if (targetText.Length > 0)
                {
                    yield return Entry(source.Language, sourceText, target.Language, targetText, published.PublishedAt);
                }
            }
        }
    }

    private static TranslationMemoryEntry Entry(Language sourceLanguage, string source, Language targetLanguage, string target, DateTimeOffset? at) =>
        new(sourceLanguage, Inline(source), targetLanguage, Inline(target)) { CreatedAt = at };
}
