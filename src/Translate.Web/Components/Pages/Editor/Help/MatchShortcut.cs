using System.Globalization;
using Microsoft.AspNetCore.Components.Web;

namespace Translate.Web.Components.Pages.Editor.Help;

/// <summary>Ctrl+1 … Ctrl+3 insert the first three memory matches, as in desktop CAT tools.</summary>
public static class MatchShortcut
{
    /// <summary>How many matches have a shortcut.</summary>
    public const int Count = 3;

    /// <summary>
    /// The index (0-based) of the match a key inserts, or null. The physical digit key counts, so that Ctrl+1 works on
    /// a French keyboard too, where that key types "&amp;" unshifted; Alt is left out, as AltGr sends Ctrl+Alt.
    /// </summary>
    public static int? MatchIndex(KeyboardEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!(e.CtrlKey || e.MetaKey) || e.AltKey)
        {
            return null;
        }

        var digit = e.Code switch
        {
            ['D', 'i', 'g', 'i', 't', var d] => d,
            ['N', 'u', 'm', 'p', 'a', 'd', var d] => d,
            _ => e.Key is [var k] ? k : '\0',
        };
        return digit is >= '1' and <= (char)('0' + Count) ? digit - '1' : null;
    }

    /// <summary>The shortcut of match <paramref name="index"/> (0-based) for <c>aria-keyshortcuts</c>: "Control+1"; null beyond <see cref="Count"/>.</summary>
    public static string? AriaKeys(int index) =>
        index is >= 0 and < Count ? string.Create(CultureInfo.InvariantCulture, $"Control+{index + 1}") : null;
}
