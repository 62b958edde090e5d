using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Translate.Formats.Tests.Docx;

/// <summary>
/// The richer fixture, built with the OpenXml SDK: Fixtures/Docx/rich.docx was written by <see cref="Build"/> and
/// committed; a test checks the two still agree.
/// </summary>
internal static class RichDocument
{
    public const string WebsiteUrl = "https://space-agency.public.lu/en.html";

    // A one-pixel PNG: enough for a picture part and its drawing.
    private static readonly byte[] Pixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = "Annual report";
            document.PackageProperties.Language = "en-GB";
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddNumbering(main);
            AddFootnotes(main);
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(Styled("Header"), new Run(new Text("Space agency – Annual report"))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                Styled("Footer"),
                new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));
            var link = main.AddHyperlinkRelationship(new Uri(WebsiteUrl), isExternal: true);
            var image = main.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(Pixel))
            {
                image.FeedData(png);
            }

            main.Document = new Document(new Body(
                new Paragraph(Styled("Title"), Plain("Annual report of the space agency")),
                new Paragraph(Styled("Heading1"), new BookmarkStart { Id = "1", Name = "_Toc1" }, Plain("Missions in 2018"), new BookmarkEnd { Id = "1" }),
                new Paragraph(
                    Plain("The "),
                    Formatted("minister", new Bold()),
                    Plain(" signed the "),
                    Formatted("agreement", new Italic()),
                    Plain(" in Luxembourg. Its "),
                    new ProofError { Type = ProofingErrorValues.SpellStart },
                    Plain("budget"),
                    new ProofError { Type = ProofingErrorValues.SpellEnd },
                    Plain(" grew "),
                    Formatted("by ten percent", new Color { Val = "C00000" }, new FontSize { Val = "28" }),
                    Plain(".")),
                new Paragraph(
                    Plain("Read the report on "),
                    new Hyperlink(Formatted("the agency's website", new RunStyle { Val = "Hyperlink" })) { Id = link.Id },
                    Plain("."),
                    new Run(new Break()),
                    Plain("Contact:"),
                    new Run(new TabChar()),
                    Plain("press office")),
                new Paragraph(Numbered(), Plain("Launch the first satellite.")),
                new Paragraph(Numbered(), Plain("Open a research laboratory.")),
                Table(("Mission", "Year"), ("Orbit", "2018")),
                new Paragraph(Styled("Heading2"), Plain("Outlook")),
                new Paragraph(Plain("The next step is "), Formatted("a moon mission", new Underline { Val = UnderlineValues.Single }), Plain(".")),
                new Paragraph(Plain("A picture of the launch: "), new Run(Picture(main.GetIdOfPart(image)))),
                new Paragraph(),
                new Paragraph(
                    Plain("The mission was "),
                    new InsertedRun(Plain("very ")) { Id = "10", Author = "Anna", Date = new DateTime(2018, 1, 15, 10, 0, 0, DateTimeKind.Utc) },
                    new DeletedRun(new Run(new DeletedText("not "))) { Id = "11", Author = "Anna", Date = new DateTime(2018, 1, 15, 10, 0, 0, DateTimeKind.Utc) },
                    Plain("successful.")),
                new Paragraph(Plain("Figures are provisional."), new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 1 })),
                new SdtBlock(new SdtProperties(new SdtAlias { Val = "Approval" }), new SdtContentBlock(new Paragraph(Plain("Approved by the board.")))),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                    new PageSize { Width = 11906, Height = 16838 },
                    new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 708, Footer = 708, Gutter = 0 })));
        }

        return stream.ToArray();
    }

    private static ParagraphProperties Styled(string style) => new(new ParagraphStyleId { Val = style });

    private static ParagraphProperties Numbered() => new(
        new ParagraphStyleId { Val = "ListParagraph" },
        new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));

    private static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Formatted(string text, params OpenXmlElement[] formatting) =>
        new(new RunProperties(formatting), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(params (string, string)[] rows)
    {
        var table = new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }),
            new TableGrid(new GridColumn { Width = "4500" }, new GridColumn { Width = "4500" }));
        table.Append(rows.Select(r => new TableRow(Cell(r.Item1), Cell(r.Item2))));
        return table;
    }

    private static TableCell Cell(string text) => new(
        new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = "4500" }),
        new Paragraph(Plain(text)));

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new Languages { Val = "en-GB" }))),
            ParagraphStyle("Normal", "Normal", null),
            ParagraphStyle("Title", "Title", new ParagraphProperties(new SpacingBetweenLines { After = "240" })),
            ParagraphStyle("Heading1", "heading 1", new ParagraphProperties(new OutlineLevel { Val = 0 })),
            ParagraphStyle("Heading2", "heading 2", new ParagraphProperties(new OutlineLevel { Val = 1 })),
            ParagraphStyle("ListParagraph", "List Paragraph", new ParagraphProperties(new Indentation { Left = "720" })),
            ParagraphStyle("Header", "header", null),
            ParagraphStyle("Footer", "footer", null),
            new Style(new StyleName { Val = "Hyperlink" }, new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
            {
                Type = StyleValues.Character,
                StyleId = "Hyperlink",
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
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
    }

    private static void AddFootnotes(MainDocumentPart main)
    {
        var footnotes = main.AddNewPart<FootnotesPart>();
        footnotes.Footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
            new Footnote(new Paragraph(
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                Plain(" Source: the agency's accounts."))) { Id = 1 });
    }

    private static Drawing Picture(string imageId) => new(new Dw.Inline(
        new Dw.Extent { Cx = 914400L, Cy = 914400L },
        new Dw.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
        new Dw.DocProperties { Id = 1U, Name = "Launch" },
        new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
        new A.Graphic(new A.GraphicData(new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = 0U, Name = "launch.png" },
                new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = imageId }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = 914400L, Cy = 914400L }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        {
            Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
        }))
    {
        DistanceFromTop = 0U,
        DistanceFromBottom = 0U,
        DistanceFromLeft = 0U,
        DistanceFromRight = 0U,
    });
}
