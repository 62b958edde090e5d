using Translate.Domain.Languages;

namespace Translate.Formats.Interchange;

/// <summary>One approved pair of a translation memory as TMX carries it: both texts with their codes, when and by whom.</summary>
public sealed record TranslationMemoryEntry(Language SourceLanguage, InlineText Source, Language TargetLanguage, InlineText Target)
{
    public DateTimeOffset? CreatedAt { get; init; }

    public string? Author { get; init; }
}
