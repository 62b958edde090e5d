using Translate.Application.Checks;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;

namespace Translate.Application.Editing;

/// <summary>
/// One release in one target language, segment by segment, as the side-by-side editor shows it; <see cref="MaySubmit"/>
/// when the person may hand the language to the editors (<see cref="WorkRules.MaySubmit"/>).
/// </summary>
public sealed record EditorPage(
    Guid ReleaseId,
    string Slug,
    string Title,
    ReleaseStatus Status,
    Language SourceLanguage,
    Language Language,
    LanguageState LanguageState,
    bool MaySubmit,
    IReadOnlyList<EditorRow> Rows);

/// <summary>
/// A segment's source and its translation; <see cref="ReadOnlyReason"/> is null when the person may save it.
/// <see cref="Checks"/> are found in the stored text; <see cref="Acknowledgements"/> cover findings of text typed since.
/// </summary>
public sealed record EditorRow(
    Guid SegmentId,
    int Number,
    BlockKind BlockKind,
    string SourceText,
    int WordCount,
    string Text,
    TranslationState State,
    int Version,
    string? AssigneeId,
    string? AssigneeName,
    string? ReviewComment,
    string? LastEditorName,
    DateTimeOffset? LastEditedAt,
    ReadOnlyReason? ReadOnlyReason,
    IReadOnlyList<CheckView> Checks,
    IReadOnlyList<SavedAcknowledgement> Acknowledgements)
{
    public bool IsEditable => ReadOnlyReason is null;
}
