using Translate.Application.Checks;
using Translate.Application.Editing;
using Translate.Domain.Translations;

namespace Translate.Web.Components.Pages.Editor;

/// <summary>
/// A row as the translator works on it: what is typed but not saved, the version the next save is based on,
/// and what the last save said (a refusal or a conflict). Kept by the page, so it outlives the virtualized row.
/// The checks follow the text: <paramref name="check"/> runs them again whenever the text has changed since.
/// </summary>
public sealed class SegmentEdit(EditorRow row, Func<string, IReadOnlyList<SavedAcknowledgement>, IReadOnlyList<CheckView>> check)
{
    private readonly List<SavedAcknowledgement> _acknowledgements = [.. row.Acknowledgements];
    private IReadOnlyList<CheckView> _checks = row.Checks;
    private string? _checkedText = row.Text;

    // The memory match's text as inserted; while the text is still exactly that, a save says it came from the memory.
    private string? _insertedMatch;

    public EditorRow Row { get; } = row;

    public int Number => Row.Number;

    /// <summary>What the textarea holds.</summary>
    public string Text { get; set; } = row.Text;

    public string SavedText { get; private set; } = row.Text;

    public TranslationState State { get; private set; } = row.State;

    /// <summary>The stored version this edit started from: the next save names it.</summary>
    public int Version { get; private set; } = row.Version;

    public string? LastEditorName { get; private set; } = row.LastEditorName;

    public DateTimeOffset? LastEditedAt { get; private set; } = row.LastEditedAt;

    public string? Refusal { get; set; }

    /// <summary>A save met someone else's newer one; the panel shows both until the translator chooses.</summary>
    public TranslationConflict? Conflict { get; private set; }

    public string? ConflictAuthorName { get; private set; }

    /// <summary>After "Edit" on a conflict, their text stays in view while the translator merges.</summary>
    public TranslationConflict? SavedMeanwhile { get; private set; }

    /// <summary>The state the conflicting save asked for, so "Keep mine" saves the same way.</summary>
    public TranslationState ConflictingSaveState { get; private set; }

    /// <summary>The text came back from the browser's session storage after a reload or a lost connection.</summary>
    public bool Restored { get; private set; }

    public bool HasUnsavedChanges => Text != SavedText;

    /// <summary>Where the text to save comes from: the memory while it is the inserted match unchanged, else the translator.</summary>
    public RevisionOrigin Origin => _insertedMatch is not null && Text == _insertedMatch ? RevisionOrigin.Memory : RevisionOrigin.Human;

    /// <summary>A memory match's translation replaces the text; the translator then edits or saves it.</summary>
    public void InsertMatch(string targetText)
    {
        Text = _insertedMatch = targetText;
    }

    /// <summary>
    /// An approved term goes in at the caret (<paramref name="start"/>–<paramref name="end"/> selected, replaced), or at
    /// the end when the caret is not known; returns where the caret goes after it.
    /// </summary>
    public int InsertTerm(string term, int? start, int? end)
    {
        ArgumentNullException.ThrowIfNull(term);
        var from = Math.Clamp(start ?? Text.Length, 0, Text.Length);
        var to = Math.Clamp(end ?? from, from, Text.Length);
        Text = string.Concat(Text.AsSpan(0, from), term, Text.AsSpan(to));
        return from + term.Length;
    }

    /// <summary>What the checks find in the text as it is now, typed or saved.</summary>
    public IReadOnlyList<CheckView> Checks
    {
        get
        {
            if (_checkedText != Text)
            {
                _checks = check(Text, _acknowledgements);
                _checkedText = Text;
            }

            return _checks;
        }
    }

    /// <summary>A warning was let stand: it covers the finding from now on, in this text and the next.</summary>
    public void Acknowledged(SavedAcknowledgement saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        _acknowledgements.RemoveAll(a => a.Acknowledgement.Code == saved.Acknowledgement.Code && a.Acknowledgement.ValuesKey == saved.Acknowledgement.ValuesKey);
        _acknowledgements.Add(saved);
        _checkedText = null;
    }

    /// <summary>Still needs the translator: empty, draft, changed source or sent back.</summary>
    public bool IsOpen => State is TranslationState.Empty or TranslationState.Draft or TranslationState.NeedsUpdate or TranslationState.Rejected;

    /// <summary>Has a textarea to type into now.</summary>
    public bool IsTyping => Row.IsEditable && Conflict is null;

    public void Saved(SavedTranslation saved, string? editorName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(saved);
        if (saved.Version != Version)
        {
            LastEditorName = editorName;
            LastEditedAt = at;
        }

        Text = SavedText = saved.Text;
        _insertedMatch = null;
        State = saved.State;
        Version = saved.Version;
        Refusal = null;
        Conflict = SavedMeanwhile = null;
        Restored = false;
    }

    public void ConflictWith(TranslationConflict conflict, string? authorName, TranslationState attemptedState)
    {
        Conflict = conflict;
        ConflictAuthorName = authorName;
        ConflictingSaveState = attemptedState;
        Refusal = null;
    }

    /// <summary>Their text becomes the stored one this row edits; what was typed is dropped on purpose.</summary>
    public void TakeTheirs()
    {
        var conflict = Conflict ?? throw new InvalidOperationException("There is no conflict to resolve.");
        Text = SavedText = conflict.TheirText;
        _insertedMatch = null;
        State = conflict.TheirState;
        Version = conflict.CurrentVersion;
        LastEditorName = ConflictAuthorName;
        LastEditedAt = conflict.TheirSavedAt;
        Conflict = SavedMeanwhile = null;
        Restored = false;
    }

    /// <summary>Back to typing, on top of their version now that it has been seen; their text stays in view.</summary>
    public void EditMine()
    {
        var conflict = Conflict ?? throw new InvalidOperationException("There is no conflict to resolve.");
        Text = conflict.YourText;
        SavedText = conflict.TheirText;
        State = conflict.TheirState;
        Version = conflict.CurrentVersion;
        LastEditorName = ConflictAuthorName;
        LastEditedAt = conflict.TheirSavedAt;
        SavedMeanwhile = conflict;
        Conflict = null;
    }

    /// <summary>Typed text kept by the browser, with the version it was typed on: a stale one still meets the conflict check.</summary>
    public void Restore(string text, int basedOnVersion)
    {
        Text = text;
        _insertedMatch = null;
        Version = basedOnVersion;
        Restored = true;
    }
}
