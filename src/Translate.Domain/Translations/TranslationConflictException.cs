namespace Translate.Domain.Translations;

/// <summary>Someone saved the translation since this edit began; nothing was overwritten.</summary>
public sealed class TranslationConflictException(TranslationConflict conflict)
    : Exception($"Segment {conflict.SegmentNumber} ({conflict.Language}) was changed by someone else since you opened it.")
{
    public TranslationConflict Conflict { get; } = conflict;
}
