using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace Translate.Formats.Html;

/// <summary>
/// Parses an HTML page and keeps only what a press page needs: its structure, text, links, images, classes, ids and
/// languages. Scripts, styles, frames, plugins, forms, SVG and MathML, comments, event attributes, <c>javascript:</c>
/// URLs, <c>&lt;base&gt;</c> and <c>http-equiv</c> are gone before anything reads the page, so what a merge writes
/// back is safe too.
/// </summary>
internal static class SafeHtml
{
    /// <summary>Deeper than any real page; a recursive walk of the tree stays far from the stack's end.</summary>
    public const int MaxDepth = 256;

    private static readonly string[] Tags =
    [
        "html", "head", "body", "title", "meta",
        "header", "footer", "nav", "main", "article", "section", "aside", "address", "hgroup", "div", "center",
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "blockquote", "figure", "figcaption", "details", "summary",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        .. HtmlElements.Inline,
    ];

    private static readonly string[] Attributes =
    [
        "class", "id", "lang", "dir", "title", "href", "hreflang", "rel", "target", "src", "alt", "width", "height",
        "name", "content", "datetime", "cite", "abbr", "colspan", "rowspan", "scope", "headers", "start", "reversed",
        "type", "style",
    ];

    public static IHtmlDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);

        var sanitizer = Sanitizer();
        var document = sanitizer.HtmlParserFactory().ParseDocument(html);
        // The parser itself stops nesting at about 512 levels, so the depth found says little about the file's.
        if (Depth(document) > MaxDepth)
        {
            document.Dispose();
            throw DocumentProblems.NestedTooDeep(MaxDepth);
        }

        sanitizer.SanitizeDom(document);
        RemoveMetaDirectives(document);
        return document;
    }

    /// <summary>
    /// A piece of HTML written into another document (Markdown's raw HTML) as a sanitized page would keep it, or null
    /// when the sanitizer removes nothing from it, so that it stays exactly as written. Comments are inert and stay.
    /// </summary>
    public static string? CleanFragment(string html)
    {
        var removed = false;
        var sanitizer = Sanitizer();
        sanitizer.RemovingTag += (_, _) => removed = true;
        sanitizer.RemovingAttribute += (_, _) => removed = true;
        sanitizer.RemovingStyle += (_, _) => removed = true;
        sanitizer.RemovingAtRule += (_, _) => removed = true;
        sanitizer.RemovingCssClass += (_, _) => removed = true;
        var clean = sanitizer.Sanitize(html);
        return removed ? clean : null;
    }

    /// <summary>Whether a sanitized page would keep a link to the URL (http, https, mailto, tel or relative).</summary>
    public static bool IsSafeUrl(string url)
    {
        var removed = false;
        var sanitizer = Sanitizer();
        sanitizer.RemovingAttribute += (_, _) => removed = true;
        sanitizer.Sanitize($"<a href=\"{WebUtility.HtmlEncode(url)}\"></a>");
        return !removed;
    }

    private static HtmlSanitizer Sanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        Replace(sanitizer.AllowedTags, Tags);
        Replace(sanitizer.AllowedAttributes, Attributes);
        Replace(sanitizer.AllowedSchemes, ["http", "https", "mailto", "tel"]);
        Replace(sanitizer.UriAttributes, ["href", "src", "cite"]);
        return sanitizer;
    }

    private static void Replace(ISet<string> set, IEnumerable<string> values)
    {
        set.Clear();
        set.UnionWith(values);
    }

    /// <summary>
    /// A meta element keeps only its name and content once sanitized; one left without a name was a directive
    /// (http-equiv refresh, a charset the merge writes itself) and goes.
    /// </summary>
    private static void RemoveMetaDirectives(IHtmlDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta").Where(m => !m.HasAttribute("name")).ToList())
        {
            meta.Remove();
        }
    }

    /// <summary>How deep the elements go, walked without recursion since the depth is what is being checked.</summary>
    private static int Depth(IDocument document)
    {
        var deepest = 0;
        var depth = 0;
        INode? node = document.FirstChild;
        while (node is not null)
        {
            deepest = Math.Max(deepest, depth);
            if (node.FirstChild is { } child)
            {
                node = child;
                depth++;
                continue;
            }

            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
                depth--;
            }

            node = node?.NextSibling;
        }

        return deepest + 1;
    }
}
