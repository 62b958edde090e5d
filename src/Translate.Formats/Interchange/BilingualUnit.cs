using Translate.Domain.Documents;
using Translate.Domain.Translations;

namespace Translate.Formats.Interchange;

/// <summary>
/// One segment in a bilingual file: a stable id to find it again when the file comes back, its source, its target
/// (null when there is none yet) and Translate's state of that translation.
/// </summary>
public sealed record BilingualUnit(string Id, InlineText Source, InlineText? Target, TranslationState State)
{
    public int? SegmentNumber { get; init; }

    public string? BlockId { get; init; }

    /// <summary>
    /// The version the translation had in Translate when the file was written: an upload that finds another version
    /// there was overtaken by a change made meanwhile, and is a conflict wherever the texts differ.
    /// </summary>
    public int? BaseVersion { get; init; }

    public BlockKind? BlockKind { get; init; }

    /// <summary>Comments for the translator, such as an editor's reason for sending the translation back.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
