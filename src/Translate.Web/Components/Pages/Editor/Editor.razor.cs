using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Translate.Application.Checks;
using Translate.Application.Editing;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Memory;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Web.Components.Shared;

namespace Translate.Web.Components.Pages.Editor;

/// <summary>
/// The side-by-side editor of one language of a release: the rows (<see cref="SegmentList"/>), the current segment's
/// panel (<see cref="SegmentPanel"/>), saving, the keyboard's way from row to row (<see cref="SegmentNavigation"/>)
/// and typed text kept in the browser (<see cref="EditorDrafts"/>).
/// </summary>
public sealed partial class Editor
{
    private EditorPage? _page;
    private List<SegmentEdit> _edits = [];
    private List<SegmentEdit> _visible = [];
    private string _actorId = string.Empty;
    private string? _actorName;
    private string? _notFound;
    private string? _announcement;
    private DateTimeOffset _now;
    // Started on the first render with rows, and awaited by what needs it: a key pressed while the script still loads
    // moves the focus once it has loaded instead of not at all.
    private Task<EditorBrowser>? _browser;
    private EditorDrafts? _drafts;
    private SegmentList? _list;
    private SegmentEdit? _lookingUp;
    private SegmentEdit? _current;
    private string? _submitRefusal;
    private IReadOnlyList<EditorRow> _submitErrors = [];
    private Glossary _glossary = Glossary.Empty;
    private Dictionary<Guid, IReadOnlyList<GlossaryHit>> _terms = [];
    private SegmentHelp? _help;
    private CancellationTokenSource? _lookup;

    [Parameter]
    public string Slug { get; set; } = string.Empty;

    [Parameter]
    public string Lang { get; set; } = string.Empty;

    private EditorFilter Filter { get; set; } = EditorFilter.All;

    private EditorProgress Progress => EditorProgress.Of(_edits.Select(e => (e.State, e.Row.WordCount)));

    private string SourceName => LanguageNames.Name(_page!.SourceLanguage, L);

    private string TargetName => LanguageNames.Name(_page!.Language, L);

    private bool CountsCharacters => _page!.SourceLanguage.CountsCharacters();

    private string ProgressText =>
        L["editor.progress.translated",
            Progress.TranslatedSegments,
            Quantity(Progress.Segments, "editor.progress.of-segments-one", "editor.progress.of-segments-other"),
            Progress.TranslatedWords,
            CountsCharacters
                ? Quantity(Progress.Words, "editor.progress.of-characters-one", "editor.progress.of-characters-other")
                : Quantity(Progress.Words, "editor.progress.of-words-one", "editor.progress.of-words-other")];

    private string ApprovedText =>
        L["editor.progress.approved",
            Progress.ApprovedSegments,
            CountsCharacters
                ? Quantity(Progress.ApprovedWords, "editor.progress.approved-characters-one", "editor.progress.approved-characters-other")
                : Quantity(Progress.ApprovedWords, "editor.progress.approved-words-one", "editor.progress.approved-words-other")];

    /// <summary>Why nothing here can change, said once for the whole page.</summary>
    private string? Notice => _page switch
    {
        { Status: ReleaseStatus.Draft } => L["editor.notice.not-started"].Value,
        { Status: ReleaseStatus.Published } => L["editor.notice.published"].Value,
        { LanguageState: LanguageState.InReview } p => L["editor.notice.in-review", LanguageNames.Name(p.Language, L)].Value,
        _ => null,
    };

    /// <summary>A translator with work here hands the language to the editors, as on the release page.</summary>
    private bool CanSubmit => _page?.MaySubmit == true;

    /// <summary>A count with its noun: one key for exactly one, another for every other count (as in English).</summary>
    private string Quantity(int count, string one, string other) => L[count == 1 ? one : other, count];

    protected override async Task OnParametersSetAsync()
    {
        _now = Clock.GetUtcNow();
        if (!LanguageCodes.TryParse(Lang, out var language))
        {
            _notFound = L["editor.not-found.language", Lang];
            return;
        }

        _actorId = await CurrentPerson.IdAsync();
        await LoadAsync(language);
    }

    private async Task LoadAsync(Language language)
    {
        _notFound = await Refusable.RunAsync(async () =>
        {
            _page = await Queries.LoadAsync(_actorId, Slug, language);
            _actorName = await Queries.PersonNameAsync(_actorId);
        }, L);
        if (_notFound is not null || _page is not { } page)
        {
            return;
        }

        // The checks run on the text as it is typed, with the glossary the saved text is checked against.
        var glossary = _glossary = await Glossaries.CurrentAsync();
        _edits = page.Rows.Select(r => new SegmentEdit(r, (text, acknowledgements) =>
            CheckViews.Of(r.SourceText, text, page.SourceLanguage, page.Language, glossary, acknowledgements))).ToList();
        _terms = [];
        _help = null;
        ApplyFilter();
        await ShowAsync(_edits.Find(e => e.IsTyping) ?? _edits.FirstOrDefault());
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_page is null || _browser is not null)
        {
            return;
        }

        _browser = EditorBrowser.StartAsync(JS);
        _drafts = new EditorDrafts(await _browser, _page.ReleaseId, _page.Language.Code());
        var restored = await _drafts.RestoreAsync(_edits);
        if (restored > 0)
        {
            _announcement = L[restored == 1 ? "editor.announce.restored-one" : "editor.announce.restored-other", restored];
            StateHasChanged();
        }
    }

    private void ApplyFilter() => _visible = _edits.Where(e => Filter.Matches(e, _actorId)).ToList();

    /// <summary>The panel follows the translator to a segment, and looks up its matches once on arriving there.</summary>
    private async Task ShowAsync(SegmentEdit? edit)
    {
        _current = edit;
        if (edit is null || _help?.Edit == edit || (_lookup is not null && _lookingUp == edit))
        {
            return;
        }

        // Moving on before the lookup ends makes it stale: cancel it and look up here instead.
        _lookup?.Cancel();
        using var lookup = new CancellationTokenSource();
        (_lookup, _lookingUp) = (lookup, edit);
        var index = _edits.IndexOf(edit);
        try
        {
            var matches = await Memory.MatchesAsync(edit.Row.SourceText,
                index > 0 ? _edits[index - 1].Row.SourceText : null,
                index < _edits.Count - 1 ? _edits[index + 1].Row.SourceText : null,
                _page!.SourceLanguage, _page.Language, lookup.Token);
            if (!lookup.IsCancellationRequested)
            {
                // One list per segment, kept across renders: the panel diffs a new list only.
                _help = new SegmentHelp(edit, matches);
            }
        }
        catch (OperationCanceledException) when (lookup.IsCancellationRequested)
        {
            // The translator is elsewhere already; that segment's lookup shows instead.
        }
        finally
        {
            if (_lookup == lookup)
            {
                (_lookup, _lookingUp) = (null, null);
            }
        }
    }

    /// <summary>The glossary terms in a segment's source, found once per page load.</summary>
    private IReadOnlyList<GlossaryHit> TermsOf(SegmentEdit edit)
    {
        if (!_terms.TryGetValue(edit.Row.SegmentId, out var hits))
        {
            hits = _glossary.Find(edit.Row.SourceText, _page!.SourceLanguage);
            _terms[edit.Row.SegmentId] = hits;
        }

        return hits;
    }

    private Task InsertMatchAsync(SegmentEdit edit, int index) =>
        _help is { } help && help.Edit == edit && index < help.Matches.Count ? InsertMatchAsync(edit, help.Matches[index]) : Task.CompletedTask;

    /// <summary>The match's translation replaces the text; the translator edits it or saves it as it is.</summary>
    private async Task InsertMatchAsync(SegmentEdit edit, MemoryMatch match)
    {
        // A read-only segment's panel still offers its matches to read; inserting says why it cannot change.
        if (!edit.IsTyping)
        {
            _announcement = edit.Row.Reason(L);
            return;
        }

        edit.InsertMatch(match.Unit.TargetText);
        _announcement = L["editor.announce.match-inserted", edit.Number];
        await KeepDraftAsync(edit);
        await FocusAsync(edit);
    }

    /// <summary>The approved term goes in where the caret is in the segment's textarea, or at the end if that is not known.</summary>
    private async Task InsertTermAsync(SegmentEdit edit, string term)
    {
        if (!edit.IsTyping)
        {
            _announcement = edit.Row.Reason(L);
            return;
        }

        var id = $"target-{edit.Number}";
        var caret = _browser is null ? null : await (await _browser).CaretOfAsync(id);
        var position = edit.InsertTerm(term, caret?.Start, caret?.End);
        _announcement = L["editor.announce.term-inserted", term, edit.Number];

        // The textarea shows the new text before the caret is put back after the term.
        StateHasChanged();
        await KeepDraftAsync(edit);
        if (_browser is not null)
        {
            await (await _browser).FocusAtAsync(id, position);
        }
    }

    private async Task<string?> AcknowledgeAsync(SegmentEdit edit, CheckView check, string reason)
    {
        var refusal = await Refusable.RunAsync(async () => edit.Acknowledged(await Translations.AcknowledgeAsync(
            _actorId, _page!.ReleaseId, edit.Row.SegmentId, _page.Language, check.Finding.Code, check.ValuesKey, reason)), L);
        if (refusal is null)
        {
            _announcement = L["editor.checks.announce-acknowledged", edit.Number];

            // Called from the panel's list: the page shows the acknowledgement in the panel and the row.
            StateHasChanged();
        }

        return refusal;
    }

    /// <summary>Refused for check errors, the segments to fix are listed as the server sees them, stored text and all.</summary>
    private async Task SubmitAsync()
    {
        var language = _page!.Language;
        var refused = await Refusable.RunAsync(() => Review.SubmitAsync(_actorId, _page.ReleaseId, language));
        _submitRefusal = refused is null ? null : RefusalText.Of(refused.Refusal, L);
        _submitErrors = refused?.Refusal.Code == "review.check-errors"
            ? [.. (await Queries.LoadAsync(_actorId, Slug, language)).Rows.Where(r => r.Checks.Any(c => c.IsError))]
            : [];
        if (refused is null)
        {
            _announcement = L["editor.submit.done", TargetName];
            await LoadAsync(language);
        }
    }

    private async Task GoToAsync(int number)
    {
        if (_edits.Find(e => e.Number == number) is not { } edit)
        {
            return;
        }

        Filter = EditorFilter.All;
        ApplyFilter();
        await ShowAsync(edit);
        StateHasChanged();
        await FocusAsync(edit);
    }

    private async Task SaveAsync(SegmentEdit edit, TranslationState state, bool moveToNextOpen)
    {
        if (_page is null || !edit.IsTyping)
        {
            return;
        }

        _now = Clock.GetUtcNow();
        try
        {
            edit.Refusal = await Refusable.RunAsync(async () =>
            {
                var saved = await Translations.SaveAsync(_actorId, _page.ReleaseId, edit.Row.SegmentId, _page.Language, edit.Text, edit.Version, state, edit.Origin);
                edit.Saved(saved, _actorName, _now);
                _announcement = L["editor.announce.saved", edit.Number, StateWords.Label(saved.State, L)];
            }, L);
        }
        catch (TranslationConflictException e)
        {
            edit.ConflictWith(e.Conflict, await Queries.PersonNameAsync(e.Conflict.TheirAuthorId), state);
            _announcement = L["editor.announce.conflict", edit.Number];
            return;
        }

        if (edit.Refusal is null)
        {
            await ForgetDraftAsync(edit);
            if (moveToNextOpen)
            {
                await FocusNextOpenAsync(edit);
            }
        }
    }

    private async Task ShortcutAsync((SegmentEdit Edit, EditorShortcut Shortcut) key)
    {
        switch (key.Shortcut)
        {
            case EditorShortcut.SaveAsTranslatedAndNext:
                await SaveAsync(key.Edit, TranslationState.Translated, moveToNextOpen: true);
                break;
            case EditorShortcut.Previous:
                await FocusAsync(SegmentNavigation.Neighbour(_visible, key.Edit, -1));
                break;
            case EditorShortcut.Next:
                await FocusAsync(SegmentNavigation.Neighbour(_visible, key.Edit, +1));
                break;
            case EditorShortcut.CopySource:
                await CopySourceAsync(key.Edit);
                break;
        }
    }

    private async Task CopySourceAsync(SegmentEdit edit)
    {
        edit.Text = edit.Row.SourceText;
        _announcement = L["editor.announce.copied", edit.Number];
        await KeepDraftAsync(edit);
    }

    private Task KeepMineAsync(SegmentEdit edit)
    {
        var state = edit.ConflictingSaveState;
        edit.EditMine();
        return SaveAsync(edit, state, moveToNextOpen: false);
    }

    private async Task TakeTheirsAsync(SegmentEdit edit)
    {
        edit.TakeTheirs();
        _announcement = L["editor.announce.took-theirs", edit.Number];
        await ForgetDraftAsync(edit);
        await FocusAsync(edit);
    }

    private async Task EditMineAsync(SegmentEdit edit)
    {
        edit.EditMine();
        _announcement = L["editor.announce.editing-mine", edit.Number];
        await KeepDraftAsync(edit);
        await FocusAsync(edit);
    }

    private async Task FocusNextOpenAsync(SegmentEdit from)
    {
        if (SegmentNavigation.NextOpen(_visible, from) is { } next)
        {
            await FocusAsync(next);
        }
        else
        {
            _announcement = L["editor.announce.none-open", _announcement ?? string.Empty];
        }
    }

    /// <summary>Renders the row if it is scrolled away, then puts the focus in its textarea.</summary>
    private async Task FocusAsync(SegmentEdit? edit)
    {
        var index = edit is null ? -1 : _visible.IndexOf(edit);
        if (index < 0 || _browser is null || _list is null)
        {
            return;
        }

        await _list.RevealAsync(index);
        await (await _browser).FocusSegmentAsync(edit!.Number);
    }

    private string DraftKey(SegmentEdit edit) => EditorDrafts.KeyOf(_page!.ReleaseId, _page.Language.Code(), edit);

    private Task KeepDraftAsync(SegmentEdit edit) => _drafts?.KeepAsync(edit) ?? Task.CompletedTask;

    private Task ForgetDraftAsync(SegmentEdit edit) => _drafts?.ForgetAsync(edit) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _lookup?.Cancel();
        try
        {
            if (_browser is not null)
            {
                await (await _browser).DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit went before the script had loaded.
        }
    }

    /// <summary>A segment's memory matches, looked up when the translator arrived there.</summary>
    private sealed record SegmentHelp(SegmentEdit Edit, IReadOnlyList<MemoryMatch> Matches);
}
