using AngleSharp.Dom;
using Translate.Domain.Documents;

namespace Translate.Formats.Html;

/// <summary>What each element is to a translator: text-level formatting inside a block, or the structure around blocks.</summary>
internal static class HtmlElements
{
    /// <summary>Text-level elements: inside a block they become inline tags.</summary>
    public static readonly string[] Inline =
    [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
        "u", "var", "wbr",
    ];

    private static readonly HashSet<string> InlineNames = new(Inline, StringComparer.OrdinalIgnoreCase);

    // Code and preformatted text are not prose; a title is read apart (see HtmlBlocks).
    private static readonly HashSet<string> Untranslated = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "pre", "script", "style", "template", "noscript", "textarea", "svg", "math",
    };

    public static bool IsInline(IElement element) => InlineNames.Contains(element.LocalName);

    public static bool IsUntranslated(IElement element) => Untranslated.Contains(element.LocalName);

    /// <summary>An inline element holding a block (a link around a card) is structure, so its blocks stay blocks.</summary>
    public static bool IsInlineContent(INode node) => node switch
    {
        IText => true,
        IElement element => IsInline(element) && element.Descendants<IElement>().All(IsInline),
        _ => false,
    };

    /// <summary>Whether an element has words in it; one without (a line break, an image, an anchor) is a standalone tag.</summary>
    public static bool HasText(INode node) => !string.IsNullOrWhiteSpace(node.TextContent);

    /// <summary>
    /// The kind of the blocks inside an element, or null when it takes the kind of the element around it. Inside an
    /// address everything is contact details, whatever list or paragraph holds it.
    /// </summary>
    public static BlockKind? KindOf(IElement element, BlockKind around) => around == BlockKind.Contact ? null : element.LocalName switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dt" or "dd" => BlockKind.ListItem,
        "td" or "th" => BlockKind.TableCell,
        "address" => BlockKind.Contact,
        _ => null,
    };
}
