using AngleSharp.Dom;
using Translate.Domain.Documents;

namespace Translate.Formats.Html;

/// <summary>
/// One block of a page: the nodes its text comes from (consecutive text and inline elements, whole-block formatting
/// left around them), the element of each inline tag (code n is tag n) and the block's segments.
/// </summary>
internal sealed record HtmlBlock(BlockKind Kind, IReadOnlyList<INode> Nodes, IReadOnlyList<HtmlCode> Codes, IReadOnlyList<string> Segments);

/// <summary>The element behind an inline tag: paired when it holds words, standalone (a line break, an image) when not.</summary>
internal sealed record HtmlCode(IElement Element, bool Paired);

/// <summary>
/// The blocks of a page in document order, and the <c>&lt;title&gt;</c> element when it repeats the first h1 (so it
/// is no block of its own and takes the h1's translation).
/// </summary>
internal sealed record HtmlPage(IReadOnlyList<HtmlBlock> Blocks, IElement? TitleOfH1);
