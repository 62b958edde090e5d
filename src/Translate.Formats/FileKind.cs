namespace Translate.Formats;

/// <summary>What a file is, or what its name says it is, when the two differ.</summary>
public enum FileKind
{
    PlainText,
    Markdown,
    Html,
    Json,
    WordDocument,
    ZipArchive,
    Pdf,
    OldOfficeDocument,
    BinaryData,
    ExcelWorkbook,
    PowerPointPresentation,
}
