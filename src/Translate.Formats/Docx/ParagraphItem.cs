using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Translate.Formats.Docx;

/// <summary>
/// One piece of a paragraph's content, flattened out of its containers: text with its run formatting, or elements
/// that become a standalone tag; with the hyperlink it is in, if any.
/// </summary>
internal sealed record ParagraphItem(
    string? Text,
    RunProperties? Properties,
    string FormattingKey,
    Hyperlink? Link,
    IReadOnlyList<OpenXmlElement>? Standalone);
