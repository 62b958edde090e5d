using Microsoft.AspNetCore.Components.Web;
using Translate.Web.Components.Pages.Editor.Help;

namespace Translate.Web.Tests.Editor.Help;

public sealed class MatchShortcutTests
{
    [Theory]
    [InlineData("1", "Digit1", 0)]
    [InlineData("2", "Digit2", 1)]
    [InlineData("3", "Numpad3", 2)]
    [InlineData("&", "Digit1", 0)]
    [InlineData("1", "", 0)]
    public void CtrlAndADigit_InsertsThatMatch(string key, string code, int index)
    {
        Assert.Equal(index, MatchShortcut.MatchIndex(new KeyboardEventArgs { Key = key, Code = code, CtrlKey = true }));
    }

    [Fact]
    public void CommandAndADigit_InsertsThatMatchOnAMac()
    {
        Assert.Equal(0, MatchShortcut.MatchIndex(new KeyboardEventArgs { Key = "1", Code = "Digit1", MetaKey = true }));
    }

    [Theory]
    [InlineData("1", "Digit1", false, false)]
    [InlineData("4", "Digit4", true, false)]
    [InlineData("0", "Digit0", true, false)]
    [InlineData("1", "Digit1", true, true)]
    [InlineData("a", "KeyA", true, false)]
    public void OtherKeys_InsertNothing(string key, string code, bool control, bool alt)
    {
        Assert.Null(MatchShortcut.MatchIndex(new KeyboardEventArgs { Key = key, Code = code, CtrlKey = control, AltKey = alt }));
    }

    [Fact]
    public void AriaKeys_NameTheFirstThreeMatches()
    {
        Assert.Equal(["Control+1", "Control+2", "Control+3", null], Enumerable.Range(0, 4).Select(MatchShortcut.AriaKeys));
    }
}
