using System.Text.RegularExpressions;

namespace Translate.Formats;

/// <summary>
/// Words written into Markdown so that they read back as themselves, for the writer and the merge alike: inline markup
/// escaped everywhere, and the marks that open a block (a heading, a quote, a list) where a block starts.
/// </summary>
internal static partial class MarkdownEscape
{
    public static string Words(string words, bool atBlockStart)
    {
        var escaped = InlineMarkup().Replace(words, @"\$0");
        return atBlockStart ? ListNumber().Replace(BlockMarker().Replace(escaped, @"\$0"), @"${number}\${mark}") : escaped;
    }

    // Emphasis, code, links, raw HTML, table pipes, backslashes, and "&" only where it would start an entity.
    [GeneratedRegex(@"[\\`*_\[\]<|]|&(?=#?[0-9A-Za-z]+;)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex InlineMarkup();

    // Headings, quotes, bullets and fences at the start of a block.
    [GeneratedRegex(@"^[#>+~-]", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BlockMarker();

    // "2018. The year..." at the start of a block would open an ordered list.
    [GeneratedRegex(@"^(?<number>\d{1,9})(?<mark>[.)])", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ListNumber();
}
