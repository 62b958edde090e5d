using Translate.Domain.Languages;

namespace Translate.Domain.Releases;

/// <summary>
/// What replacing the source will do, shown to the editor before and reported after:
/// which segments keep their translations, which need an update, and which languages lose their approval.
/// </summary>
public sealed record SourceChange(
    int Unchanged,
    IReadOnlyList<ChangedSegment> Changed,
    IReadOnlyList<string> Added,
    IReadOnlyList<RemovedSegment> Removed,
    IReadOnlyList<Language> LanguagesLosingApproval)
{
    public bool ChangesAnything => Changed.Count > 0 || Added.Count > 0 || Removed.Count > 0;
}

/// <summary>A segment whose text changes: its translations become NeedsUpdate in every language.</summary>
public sealed record ChangedSegment(int Number, string OldText, string NewText, int TranslationsToUpdate);

/// <summary>A segment that is no longer in the source: its translations go with it.</summary>
public sealed record RemovedSegment(int Number, string Text, int TranslationsLost);
