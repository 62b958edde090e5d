using Translate.Domain.Documents;
using Translate.Domain.Workflow;

namespace Translate.Application;

/// <summary>
/// "Releases:MaxSegments": the most segments one release may hold (20,000 unless configured), checked as soon as a
/// source is segmented, before anything is stored; a longer text is refused with its count and the limit.
/// </summary>
public sealed class ReleaseOptions
{
    public const string MaxSegmentsKey = "Releases:MaxSegments";

    public int MaxSegments { get; set; } = 20_000;

    public static void Read(SettingsReader settings, ReleaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        options.MaxSegments = settings.PositiveNumber(MaxSegmentsKey, "segments", options.MaxSegments);
    }

    /// <exception cref="RefusedException">The document has more segments than a release may hold.</exception>
    public SegmentedDocument Checked(SegmentedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.SegmentCount <= MaxSegments
            ? document
            : throw new RefusedException(Refusals.TooManySegments(document.SegmentCount, MaxSegments));
    }
}
