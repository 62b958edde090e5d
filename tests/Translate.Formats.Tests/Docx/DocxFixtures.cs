using DocumentFormat.OpenXml.Packaging;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Docx;
using Translate.Formats.Interchange;

namespace Translate.Formats.Tests.Docx;

/// <summary>The DOCX fixtures and small helpers to look inside merged documents.</summary>
internal static class DocxFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", name));

    public static byte[] PressRelease => Bytes("press-release.docx");

    public static byte[] Rich => Bytes("rich.docx");

    public static SegmentedDocument Read(byte[] content, Language language = Language.En) =>
        DocxDocument.Read(content, language, ReaderLimits.Default);

    public static byte[] Merge(byte[] original, SegmentedDocument translated, Language target) =>
        DocxDocument.Merge(original, Language.En, translated, target, ReaderLimits.Default);

    /// <summary>The document with segment i of each block replaced by the function's answer.</summary>
    public static SegmentedDocument Translated(SegmentedDocument source, Func<int, string, string> translate)
    {
        var number = 0;
        return new SegmentedDocument([.. source.Blocks.Select(b => b with { Segments = [.. b.Segments.Select(s => translate(number++, s))] })]);
    }

    public static T Inspect<T>(byte[] content, Func<WordprocessingDocument, T> look)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(content), isEditable: false);
        return look(document);
    }
}
