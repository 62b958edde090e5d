using Translate.Domain.Languages;

namespace Translate.Formats.Interchange;

/// <summary>
/// One language of a release as a bilingual file, whatever the format (XLIFF 2.1 or 1.2): its source and target
/// language, what it was made from (<see cref="Original"/>, e.g. the release's slug) and a unit per segment.
/// </summary>
public sealed record BilingualDocument(Language SourceLanguage, Language TargetLanguage, string Original, IReadOnlyList<BilingualUnit> Units)
{
    /// <summary>The release the file was made from, so an upload for another release can be refused.</summary>
    public string? ReleaseId { get; init; }

    /// <summary>The release's version the file was made from.</summary>
    public int? Version { get; init; }
}
