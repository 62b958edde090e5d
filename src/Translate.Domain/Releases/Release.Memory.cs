using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Domain.Users;

namespace Translate.Domain.Releases;

public sealed partial class Release
{
    /// <summary>
    /// Fills an Empty translation with an exact match from the translation memory, as Translated with origin
    /// Memory (never Approved: a translator and an editor still look at it). Acts for an editor, while the release
    /// is being translated; a translation that already has text is left alone and false returned.
    /// </summary>
    public bool FillFromMemory(Segment segment, Language language, string text, Actor editor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        editor.EnsureEditor();
        EnsureTranslating();
        var releaseLanguage = Language(language);
        var translation = Translation(segment, language);
        if (translation.State != TranslationState.Empty)
        {
            return false;
        }

        translation.Save(text, TranslationState.Translated, translation.Version, RevisionOrigin.Memory, editor, Version, now);
        releaseLanguage.MarkWorkedOn();
        RefreshStatus();
        LastActivityAt = now;
        return true;
    }
}
