using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>A source segment and its translation as the checks see them: tagged, and as a reader sees them.</summary>
internal sealed record CheckedPair(string TaggedSource, string TaggedTarget, Language SourceLanguage, Language TargetLanguage)
{
    public string Source { get; } = InlineTags.Strip(TaggedSource);

    public string Target { get; } = InlineTags.Strip(TaggedTarget);
}
