using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Translate.Formats.Docx;

/// <summary>A rebuilt Word document with a notice as its first paragraph, bold in the preview banner's colour.</summary>
internal static class DocxPreviewNotice
{
    public static byte[] Mark(byte[] document, string notice)
    {
        using var stream = new MemoryStream();
        stream.Write(document);
        using (var word = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = word.MainDocumentPart?.Document?.Body
                ?? throw DocumentProblems.NoBody();
            body.PrependChild(new Paragraph(new Run(
                new RunProperties(new Bold(), new Color { Val = "8A5A00" }),
                new Text(notice))));
            word.Save();
        }

        return stream.ToArray();
    }
}
