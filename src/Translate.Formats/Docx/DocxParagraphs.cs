using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Translate.Formats.Docx;

/// <summary>
/// The paragraphs of a document in block order: the body (tables row by row, cell by cell, content controls
/// included), then each header part once in section order, then each footer part, then footnotes and endnotes.
/// </summary>
internal static class DocxParagraphs
{
    public static IEnumerable<Paragraph> Of(MainDocumentPart main)
    {
        var body = main.Document?.Body
            ?? throw DocumentProblems.NoBody();
        var sections = body.Descendants<SectionProperties>().ToList();

        var headers = sections.SelectMany(s => s.Elements<HeaderReference>()).Select(r => r.Id?.Value);
        var footers = sections.SelectMany(s => s.Elements<FooterReference>()).Select(r => r.Id?.Value);
        var footnotes = main.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(n => IsNote(n.Type)) ?? [];
        var endnotes = main.EndnotesPart?.Endnotes?.Elements<Endnote>().Where(n => IsNote(n.Type)) ?? [];

        return TopLevel(body)
            .Concat(Parts<HeaderPart>(main, headers).SelectMany(h => TopLevel(h.Header)))
            .Concat(Parts<FooterPart>(main, footers).SelectMany(f => TopLevel(f.Footer)))
            .Concat(footnotes.SelectMany(TopLevel))
            .Concat(endnotes.SelectMany(TopLevel));
    }

    /// <summary>Each referenced part once, in the order the sections name them.</summary>
    private static IEnumerable<T> Parts<T>(MainDocumentPart main, IEnumerable<string?> ids)
        where T : OpenXmlPart
    {
        var seen = new HashSet<T>();
        foreach (var id in ids)
        {
            if (id is not null && main.TryGetPartById(id, out var part) && part is T typed && seen.Add(typed))
            {
                yield return typed;
            }
        }
    }

    // Separators and continuation notices are the lines Word draws above notes, not notes.
    private static bool IsNote(EnumValue<FootnoteEndnoteValues>? type) =>
        type is null || type.Value == FootnoteEndnoteValues.Normal;

    /// <summary>
    /// Paragraphs not inside another paragraph: a text box's paragraphs travel whole with their drawing.
    /// </summary>
    private static IEnumerable<Paragraph> TopLevel(OpenXmlElement? root) =>
        root?.Descendants<Paragraph>().Where(p => p.Ancestors<Paragraph>().FirstOrDefault() is null) ?? [];
}
