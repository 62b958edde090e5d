using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Translate.Benchmarks.Documents;

/// <summary>
/// The report as a Word document, built with the OpenXml SDK: title, heading and list styles, bullets, a table grid,
/// links to the agency's website, a running header and a footer with a PAGE field (as Word writes it: begin, code,
/// separate, result, end) and a simple NUMPAGES field.
/// </summary>
public static class DocxReport
{
    private const int BulletList = 1;

    public static byte[] Build(IReadOnlyList<ReportPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = Report.Title;
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddNumbering(main);
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(Styled("Header"), Plain(Report.Header)));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                Styled("Footer"),
                Plain("Page "),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                Plain(" of "),
                new SimpleField(new Run(new Text("50"))) { Instruction = " NUMPAGES " }));
            var link = main.AddHyperlinkRelationship(new Uri(Report.Website), isExternal: true).Id;

            var body = new Body(new Paragraph(Styled("Title"), Plain(Report.Title)));
            foreach (var page in pages)
            {
                body.Append(new Paragraph(Styled("Heading1"), Plain(page.Heading)));
                body.Append(page.Paragraphs.Select(p => new Paragraph(p.Select(s => Run(s, link)))));
                body.Append(page.ListItems.Select(item => new Paragraph(Bulleted(), Plain(item))));
                body.Append(Table(page.Contacts));
                body.Append(new Paragraph(Styled("Byline"), Plain(page.Byline)));
            }

            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1417, Right = 1417, Bottom = 1134, Left = 1417, Header = 708, Footer = 708, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static OpenXmlElement Run(Span span, string link) => span.Style switch
    {
        SpanStyle.Bold => Formatted(span.Text, new Bold()),
        SpanStyle.Italic => Formatted(span.Text, new Italic()),
        SpanStyle.Link => new Hyperlink(Formatted(span.Text, new RunStyle { Val = "Hyperlink" })) { Id = link },
        _ => Plain(span.Text),
    };

    private static ParagraphProperties Styled(string style) => new(new ParagraphStyleId { Val = style });

    private static ParagraphProperties Bulleted() => new(
        new ParagraphStyleId { Val = "ListParagraph" },
        new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletList }));

    private static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Formatted(string text, params OpenXmlElement[] formatting) =>
        new(new RunProperties(formatting), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(IEnumerable<(string Label, string Value)> rows)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }),
            new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "6000" }));
        table.Append(rows.Select(r => new TableRow(Cell(r.Label, "3000"), Cell(r.Value, "6000"))));
        return table;
    }

    private static TableCell Cell(string text, string width) => new(
        new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width }),
        new Paragraph(Plain(text)));

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = "en-GB" }))),
            ParagraphStyle("Normal", "Normal", null),
            ParagraphStyle("Title", "Title", new ParagraphProperties(new SpacingBetweenLines { After = "240" })),
            ParagraphStyle("Heading1", "heading 1", new ParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 })),
            ParagraphStyle("ListParagraph", "List Paragraph", new ParagraphProperties(new Indentation { Left = "720" })),
            ParagraphStyle("Byline", "Byline", new ParagraphProperties(new Justification { Val = JustificationValues.Right })),
            ParagraphStyle("Header", "header", null),
            ParagraphStyle("Footer", "footer", null),
            new Style(new StyleName { Val = "Hyperlink" }, new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
            {
                Type = StyleValues.Character,
                StyleId = "Hyperlink",
            },
            new Style(new StyleName { Val = "Table Grid" }, new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })))
            {
                Type = StyleValues.Table,
                StyleId = "TableGrid",
            });
    }

    private static Style ParagraphStyle(string id, string name, ParagraphProperties? properties)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" });
        }

        if (properties is not null)
        {
            style.Append(new StyleParagraphProperties(properties.ChildElements.Select(c => c.CloneNode(true))));
        }

        return style;
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(new Level(
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" })) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletList });
    }
}
