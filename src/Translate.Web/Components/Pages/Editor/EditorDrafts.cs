namespace Translate.Web.Components.Pages.Editor;

/// <summary>
/// Typed text kept in the browser until it is saved, under "release:language:segment", so a reload or a connection
/// that could not be resumed loses nothing.
/// </summary>
public sealed class EditorDrafts(EditorBrowser browser, Guid releaseId, string languageCode)
{
    private readonly string _prefix = PrefixOf(releaseId, languageCode);

    public static string KeyOf(Guid releaseId, string languageCode, SegmentEdit edit) => PrefixOf(releaseId, languageCode) + edit.Row.SegmentId;

    private static string PrefixOf(Guid releaseId, string languageCode) => $"{releaseId}:{languageCode}:";

    private string KeyOf(SegmentEdit edit) => _prefix + edit.Row.SegmentId;

    /// <summary>Keeps the text while it differs from the saved one, and forgets it once they agree.</summary>
    public async Task KeepAsync(SegmentEdit edit)
    {
        if (edit.HasUnsavedChanges)
        {
            await browser.RememberDraftAsync(KeyOf(edit), edit.Text, edit.Version);
        }
        else
        {
            await ForgetAsync(edit);
        }
    }

    public async Task ForgetAsync(SegmentEdit edit) => await browser.ForgetDraftAsync(KeyOf(edit));

    /// <summary>Puts back what the browser kept into the rows it belongs to; drafts of rows saved meanwhile are forgotten.</summary>
    /// <returns>How many rows got their typed text back.</returns>
    public async Task<int> RestoreAsync(IReadOnlyList<SegmentEdit> edits)
    {
        var restored = 0;
        foreach (var draft in await browser.DraftsAsync(_prefix))
        {
            var edit = edits.FirstOrDefault(e => e.Row.SegmentId == draft.SegmentId);
            if (edit is null || !edit.IsTyping || draft.Text == edit.SavedText)
            {
                await browser.ForgetDraftAsync(_prefix + draft.SegmentId);
                continue;
            }

            edit.Restore(draft.Text, draft.Version);
            restored++;
        }

        return restored;
    }
}
