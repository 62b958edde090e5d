using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;
using Translate.Formats.Interchange;

namespace Translate.Formats.Docx;

/// <summary>
/// Word documents (.docx) as source documents: read into blocks of tagged segments, and merged back in another
/// language from the original bytes, keeping everything but the words. Tracked changes are read as accepted
/// (insertions kept, deletions ignored) and the merge writes the accepted text. Hostile packages are refused before
/// OpenXml opens them.
/// </summary>
public static class DocxDocument
{
    public static SegmentedDocument Read(byte[] content, Language language, ReaderLimits limits)
    {
        DocxPackageCheck.Check(content, limits);
        using var stream = new MemoryStream(content, writable: false);
        using var document = Open(stream, editable: false);
        var blocks = Blocks(document, language).Select(b => new SegmentedBlock(b.Block.Kind, b.Segments)).ToList();
        return new SegmentedDocument(blocks);
    }

    public static byte[] Merge(
        byte[] original, Language sourceLanguage, SegmentedDocument translated, Language targetLanguage, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(translated);
        DocxPackageCheck.Check(original, limits);

        using var stream = new MemoryStream();
        stream.Write(original);
        using (var document = Open(stream, editable: true))
        {
            var blocks = Blocks(document, sourceLanguage).ToList();
            MergeShape.Check(
                translated, [.. blocks.Select(b => b.Segments.Count)], DocumentProblems.WordBlockCountsDiffer, DocumentProblems.WordSegmentCountsDiffer);
            for (var i = 0; i < blocks.Count; i++)
            {
                ParagraphWriter.Write(blocks[i].Block, translated.Blocks[i].Text(targetLanguage), targetLanguage);
            }

            DocxLanguage.Set(document, targetLanguage);
            document.Save();
        }

        return stream.ToArray();
    }

    private static IEnumerable<(DocxBlock Block, IReadOnlyList<string> Segments)> Blocks(WordprocessingDocument document, Language language)
    {
        var main = document.MainDocumentPart
            ?? throw DocumentProblems.NoMainDocumentPart();
        var kinds = new DocxBlockKinds(main.StyleDefinitionsPart?.Styles);
        foreach (var paragraph in DocxParagraphs.Of(main))
        {
            var block = ParagraphReader.Read(paragraph, kinds.Of(paragraph));
            var segments = Segmenter.Split(block.Text, language);

            // Paragraphs without text (spacing, a lone picture) are no blocks and stay as they are.
            if (segments.Count > 0)
            {
                yield return (block, segments);
            }
        }
    }

    private static WordprocessingDocument Open(Stream stream, bool editable)
    {
        WordprocessingDocument? document = null;
        try
        {
            document = WordprocessingDocument.Open(stream, editable, new OpenSettings { AutoSave = false });

            // OpenXml reads relationships as parts are first asked for: walking them all here makes a damaged package
            // (a relationship to a missing part, relationships XML it does not recognize) fail now, named, not midway.
            _ = document.GetAllParts().Count();
            return document;
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidDataException or IOException or FileFormatException
            or InvalidOperationException)
        {
            document?.Dispose();
            throw DocumentProblems.UnopenableWord(e);
        }
    }
}
