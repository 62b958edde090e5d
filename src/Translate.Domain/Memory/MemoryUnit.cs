using Translate.Domain.Languages;

namespace Translate.Domain.Memory;

/// <summary>
/// One approved segment pair kept in the translation memory: the tagged source and target texts (inline tags as
/// <c>&lt;1&gt;…&lt;/1&gt;</c>, <c>&lt;2/&gt;</c>), the source texts of the neighbouring segments for in-context
/// matches, where it came from and who approved it. Immutable; the texts and languages are checked once, here.
/// </summary>
public sealed record MemoryUnit
{
    public MemoryUnit(
        Guid id,
        Language sourceLanguage,
        Language targetLanguage,
        string sourceText,
        string targetText,
        DateTimeOffset approvedAt)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A memory unit needs an id.", nameof(id));
        }

        if (sourceLanguage == targetLanguage)
        {
            throw new ArgumentException($"A memory unit pairs two languages, not {sourceLanguage.Code()} with itself.", nameof(targetLanguage));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(sourceText);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetText);
        Id = id;
        SourceLanguage = sourceLanguage;
        TargetLanguage = targetLanguage;
        SourceText = sourceText;
        TargetText = targetText;
        ApprovedAt = approvedAt;
    }

    public Guid Id { get; }

    public Language SourceLanguage { get; }

    public Language TargetLanguage { get; }

    public string SourceText { get; }

    public string TargetText { get; }

    /// <summary>When the pair was approved, or created for an imported unit; newer units win ties.</summary>
    public DateTimeOffset ApprovedAt { get; }

    /// <summary>The source text of the segment before this one in its document; null at the start or when unknown.</summary>
    public string? PreviousSourceText { get; init; }

    /// <summary>The source text of the segment after this one in its document; null at the end or when unknown.</summary>
    public string? NextSourceText { get; init; }

    /// <summary>The slug of the release the pair was approved in; null for imported units.</summary>
    public string? ReleaseSlug { get; init; }

    /// <summary>The title of that release, as it was when the pair was approved; null for imported units.</summary>
    public string? ReleaseTitle { get; init; }

    /// <summary>The display name of who approved (or wrote) the pair; null when unknown.</summary>
    public string? Author { get; init; }
}
