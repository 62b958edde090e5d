using System.Net;
using System.Text.RegularExpressions;

namespace Translate.Formats.Interchange;

/// <summary>
/// The HTML an inline code stands for, written where a format keeps the original code (TMX's &lt;bpt&gt;, XLIFF 2's
/// &lt;originalData&gt;): other tools show it to translators, and a link's address comes back from it.
/// </summary>
internal static partial class NativeCode
{
    public static string Opening(InlineKind kind, string? href) => kind switch
    {
        InlineKind.Bold => "<b>",
        InlineKind.Italic => "<i>",
        InlineKind.Underline => "<u>",
        InlineKind.Link => $"<a href=\"{WebUtility.HtmlEncode(href ?? "")}\">",
        _ => "",
    };

    public static string Closing(InlineKind kind) => kind switch
    {
        InlineKind.Bold => "</b>",
        InlineKind.Italic => "</i>",
        InlineKind.Underline => "</u>",
        InlineKind.Link => "</a>",
        _ => "",
    };

    public static string Standalone(InlineKind kind) => kind == InlineKind.LineBreak ? "<br/>" : "";

    /// <summary>The address of a link's opening code, or null when the code is not a link written this way.</summary>
    public static string? Href(string? code) =>
        code is not null && Link().Match(code) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups["href"].Value) : null;

    [GeneratedRegex("""^\s*<a\s+href\s*=\s*"(?<href>[^"]*)"\s*>\s*$""", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();
}
