using Translate.Domain.Documents;

namespace Translate.Formats;

/// <summary>
/// One block of a Markdown source: its segments and where its inline content stands in the source (the text
/// between a heading's marks, a paragraph's lines), with the Markdown of each inline tag (code n is tag n).
/// A raw block (HTML, indented code) has lines rather than inlines; it is rewritten as plain text.
/// </summary>
internal sealed record MarkdownBlock(BlockKind Kind, IReadOnlyList<string> Segments, int Start, int Length, IReadOnlyList<MarkdownCode> Codes, bool Raw);

/// <summary>
/// The Markdown behind an inline tag, as the source wrote it: the delimiters around a paired tag ("**", "[" and
/// "](url)", a code span's backticks, whose words stay verbatim), or the whole text of a standalone one (an image,
/// a hard line break, an autolink, inline HTML).
/// </summary>
internal sealed record MarkdownCode(string Opening, string Closing, bool Paired, bool Verbatim);
