namespace Translate.Domain.Translations;

/// <summary>Where the translation of one segment into one language stands.</summary>
public enum TranslationState
{
    Empty,
    Draft,
    Translated,
    Approved,

    /// <summary>The source segment changed after it was translated.</summary>
    NeedsUpdate,

    /// <summary>Sent back by an editor, with a comment.</summary>
    Rejected,
}
