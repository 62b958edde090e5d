using Microsoft.AspNetCore.Components.Web;

namespace Translate.Web.Components.Pages.Editor;

/// <summary>The editor's keyboard shortcuts; Editor.razor.js keeps the browser from acting on the same keys.</summary>
public enum EditorShortcut
{
    SaveAsTranslatedAndNext,
    Previous,
    Next,
    CopySource,
}

public static class EditorShortcuts
{
    public static EditorShortcut? Of(KeyboardEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var control = e.CtrlKey || e.MetaKey;
        return e.Key switch
        {
            "Enter" when control && !e.AltKey => EditorShortcut.SaveAsTranslatedAndNext,
            "ArrowUp" when e.AltKey && !control => EditorShortcut.Previous,
            "ArrowDown" when e.AltKey && !control => EditorShortcut.Next,
            "s" or "S" when control && e.ShiftKey && !e.AltKey => EditorShortcut.CopySource,
            _ => null,
        };
    }
}
