using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Translate.Formats.Html;

namespace Translate.Formats;

/// <summary>
/// Markdown made as safe as a sanitized page (<see cref="SafeHtml"/>): raw HTML keeps only what HtmlSanitizer keeps,
/// a link or image to a scheme a sanitized page would not link to (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>…)
/// becomes its words as text, and such a link definition goes. Everything else stays exactly as written.
/// </summary>
internal static class SafeMarkdown
{
    // Each pass rewrites what it finds outermost; a rewrite read again may rarely show something new.
    private const int MaxPasses = 8;

    public static string Clean(string markdown)
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var edits = Edits(markdown, escapeHtml: pass == MaxPasses - 1);
            if (edits.Count == 0)
            {
                return markdown;
            }

            var cleaned = new StringBuilder(markdown);
            foreach (var (start, length, replacement) in edits.OrderByDescending(e => e.Start))
            {
                cleaned.Remove(start, length).Insert(start, replacement);
            }

            markdown = cleaned.ToString();
        }

        return markdown;
    }

    /// <summary>
    /// The unsafe pieces, outermost only, each with its replacement. On the last pass raw HTML the sanitizer still
    /// changes is escaped as text, which nothing can read as markup again.
    /// </summary>
    private static List<(int Start, int Length, string Replacement)> Edits(string markdown, bool escapeHtml)
    {
        var edits = new List<(int Start, int Length, string Replacement)>();
        foreach (var node in Markdown.Parse(markdown, MarkdownBlocks.Pipeline).Descendants())
        {
            var span = node.Span;
            if (span.IsEmpty || edits.Exists(e => span.Start >= e.Start && span.Start < e.Start + e.Length))
            {
                continue;
            }

            var source = markdown[span.Start..(span.End + 1)];
            var replacement = node switch
            {
                LinkReferenceDefinition definition when !SafeHtml.IsSafeUrl(definition.Url ?? "") => "",
                LinkInline link when link.Url is { } url && !SafeHtml.IsSafeUrl(url) => MarkdownEscape.Words(Words(link), atBlockStart: false),
                AutolinkInline { IsEmail: false } autolink when !SafeHtml.IsSafeUrl(autolink.Url) => MarkdownEscape.Words(autolink.Url, atBlockStart: false),
                Markdig.Syntax.HtmlBlock or HtmlInline when SafeHtml.CleanFragment(source) is { } clean =>
                    escapeHtml ? MarkdownEscape.Words(source, atBlockStart: false) : node is HtmlInline ? OpeningOnly(source, clean) : clean,
                _ => null,
            };
            if (replacement is not null)
            {
                edits.Add((span.Start, span.Length, replacement));
            }
        }

        return edits;
    }

    /// <summary>Markdown gives an inline element's tags one by one; the sanitizer closes the element it was given open.</summary>
    private static string OpeningOnly(string source, string clean) =>
        !source.Contains("</", StringComparison.Ordinal) && clean.LastIndexOf("</", StringComparison.Ordinal) is var end and > 0 ? clean[..end] : clean;

    private static string Words(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
