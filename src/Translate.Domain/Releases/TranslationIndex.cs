using Translate.Domain.Languages;
using Translate.Domain.Translations;

namespace Translate.Domain.Releases;

/// <summary>
/// A release's translations by segment and language, so finding one does not scan them all (a 5,000-segment release
/// holds 20,000). Built on first use and again when the list has changed: added to (by the release, or by EF Core
/// loading rows) or, as <see cref="Removed"/> tells, taken from.
/// </summary>
internal sealed class TranslationIndex(HashSet<Translation> translations)
{
    private Dictionary<(Guid SegmentId, Language Language), Translation>? _bySegment;
    private int _removals;
    private (int Count, int Removals) _built;

    public void Removed() => _removals++;

    public Translation? Find(Guid segmentId, Language language)
    {
        if (_bySegment is null || _built != (translations.Count, _removals))
        {
            _bySegment = translations.ToDictionary(t => (t.SegmentId, t.Language));
            _built = (translations.Count, _removals);
        }

        return _bySegment.GetValueOrDefault((segmentId, language));
    }
}
