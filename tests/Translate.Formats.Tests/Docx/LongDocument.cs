using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Translate.Formats.Tests.Docx;

/// <summary>A long report built in memory: per page a heading, paragraphs with bold and italic words, and a small table.</summary>
internal static class LongDocument
{
    private const int ParagraphsPerPage = 6;
    private const int CellsPerPage = 4;

    public const int BlocksPerPage = 1 + ParagraphsPerPage + CellsPerPage;

    public static int BlockCount(int pages) => pages * BlocksPerPage;

    public static byte[] Build(int pages)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            for (var page = 1; page <= pages; page++)
            {
                body.Append(new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 0 }), Words($"Section {page}")));
                for (var i = 1; i <= ParagraphsPerPage; i++)
                {
                    body.Append(new Paragraph(
                        Words($"Paragraph {i} of section {page} reports on mission {page * 10 + i}. The "),
                        Words("agency", new Bold()),
                        Words($" spent {page * i} million euros on it, as the "),
                        Words("annual accounts", new Italic()),
                        Words(" show. Work continues next year with new partners in Luxembourg and abroad.")));
                }

                body.Append(new Table(
                    new TableRow(Cell($"Mission {page}"), Cell("Budget")),
                    new TableRow(Cell("Orbit"), Cell($"{page} million"))));
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Run Words(string text, params OpenXmlElement[] formatting) =>
        new(new RunProperties(formatting), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static TableCell Cell(string text) => new(new Paragraph(Words(text)));
}
