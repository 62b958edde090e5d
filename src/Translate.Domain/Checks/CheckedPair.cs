using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>
/// A source segment and its translation as the checks see them: tagged, as a reader sees them, and read once for the
/// shapes several checks share (addresses hidden, dates, numbers), since the checks run on every keystroke.
/// </summary>
internal sealed record CheckedPair(string TaggedSource, string TaggedTarget, Language SourceLanguage, Language TargetLanguage)
{
    private string? visibleSource;
    private string? visibleTarget;
    private List<WrittenDate>? sourceDates;
    private List<WrittenDate>? targetDates;
    private List<(string Written, string Value)>? sourceNumbers;
    private List<(string Written, string Value)>? targetNumbers;

    public string Source { get; } = InlineTags.Strip(TaggedSource);

    public string Target { get; } = InlineTags.Strip(TaggedTarget);

    /// <summary>The source with its e-mail addresses, URLs, domains and phone numbers hidden (<see cref="TextPatterns.WithoutAddresses"/>).</summary>
    public string VisibleSource => visibleSource ??= TextPatterns.WithoutAddresses(Source);

    public string VisibleTarget => visibleTarget ??= TextPatterns.WithoutAddresses(Target);

    public IReadOnlyList<WrittenDate> SourceDates => sourceDates ??= WrittenDate.In(VisibleSource);

    public IReadOnlyList<WrittenDate> TargetDates => targetDates ??= WrittenDate.In(VisibleTarget);

    public IReadOnlyList<(string Written, string Value)> SourceNumbers =>
        sourceNumbers ??= NumberCheck.Numbers(WrittenDate.Without(VisibleSource, SourceDates), SourceLanguage);

    public IReadOnlyList<(string Written, string Value)> TargetNumbers =>
        targetNumbers ??= NumberCheck.Numbers(WrittenDate.Without(VisibleTarget, TargetDates), TargetLanguage);
}
