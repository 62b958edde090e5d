using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Translate.Domain.Documents;

namespace Translate.Formats.Docx;

/// <summary>
/// One paragraph read as a block: its kind, its tagged text, the base formatting of text outside tags, what each tag
/// stands for, and the anchors (bookmarks, comment ranges) that the merge keeps around the rebuilt content.
/// </summary>
internal sealed record DocxBlock(
    Paragraph Paragraph,
    BlockKind Kind,
    string Text,
    RunProperties? BaseProperties,
    IReadOnlyDictionary<int, InlineCode> Codes,
    IReadOnlyList<OpenXmlElement> StartMarkers,
    IReadOnlyList<OpenXmlElement> EndMarkers);
