using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Translate.Formats.Docx;

/// <summary>What inline tag n of a block stands for in the original paragraph.</summary>
internal abstract record InlineCode;

/// <summary>A paired tag: a span of text formatted otherwise than the block's base formatting.</summary>
internal sealed record FormattingCode(RunProperties? Properties) : InlineCode;

/// <summary>A paired tag: a hyperlink (its r:id or anchor kept), its text formatted as its first run.</summary>
internal sealed record HyperlinkCode(Hyperlink Link, RunProperties? Properties) : InlineCode;

/// <summary>
/// A standalone tag: elements cloned whole on merge (a run with a break, tab, drawing or note reference; a field from
/// its first to its last fldChar; a simple field).
/// </summary>
internal sealed record StandaloneCode(IReadOnlyList<OpenXmlElement> Elements) : InlineCode;
