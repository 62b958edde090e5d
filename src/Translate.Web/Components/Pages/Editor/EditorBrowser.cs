using Microsoft.JSInterop;

namespace Translate.Web.Components.Pages.Editor;

/// <summary>
/// The editor's calls into the browser (Editor.razor.js), typed: its key and input listeners, drafts kept in session
/// storage, focus and the caret of a row's textarea.
/// </summary>
public sealed class EditorBrowser(IJSObjectReference module) : IAsyncDisposable
{
    /// <summary>Loads the editor's script and starts its listeners.</summary>
    public static async Task<EditorBrowser> StartAsync(IJSRuntime js)
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Editor/Editor.razor.js");
        await module.InvokeVoidAsync("start");
        return new EditorBrowser(module);
    }

    public ValueTask RememberDraftAsync(string key, string text, int version) => module.InvokeVoidAsync("rememberDraft", key, text, version);

    public ValueTask ForgetDraftAsync(string key) => module.InvokeVoidAsync("forgetDraft", key);

    /// <summary>The drafts kept under keys that start with <paramref name="prefix"/>.</summary>
    public async Task<IReadOnlyList<StoredDraft>> DraftsAsync(string prefix) =>
        await module.InvokeAsync<StoredDraft[]?>("restoreDrafts", prefix) ?? [];

    /// <summary>Focuses a rendered row's textarea and scrolls it into view.</summary>
    public ValueTask FocusSegmentAsync(int number) => module.InvokeVoidAsync("focusSegment", number);

    /// <summary>The selection in a row's textarea, or null when the row is not rendered.</summary>
    public async Task<(int Start, int End)?> CaretOfAsync(string textareaId) =>
        await module.InvokeAsync<int[]?>("caretOf", textareaId) is [var start, var end] ? (start, end) : null;

    /// <summary>Back in a row's textarea with the caret at a position, as after typing there.</summary>
    public ValueTask FocusAtAsync(string textareaId, int position) => module.InvokeVoidAsync("focusAt", textareaId, position);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await module.InvokeVoidAsync("stop");
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the page's listeners with it.
        }
    }
}
