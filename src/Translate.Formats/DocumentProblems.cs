using System.Globalization;
using System.Text.Json;

namespace Translate.Formats;

/// <summary>
/// Every reason a source document (text, Markdown, HTML, JSON strings, Word) is refused, in one place: a stable code
/// for the UI to translate, the values its sentence names, and the English message for logs and the command line.
/// Several refusals share a code when the person must understand and do the same thing.
/// </summary>
public static class DocumentProblems
{
    public static DocumentFormatException TooLarge(long limit) =>
        Make("file.too-large", string.Create(CultureInfo.InvariantCulture, $"The file is larger than the limit of {limit:N0} bytes."), ("limit", limit));

    public static DocumentFormatException DocumentTooLarge(long limit) =>
        Make("file.too-large", $"The document is larger than the limit of {limit:N0} bytes", ("limit", limit));

    public static DocumentFormatException NotUtf8(FileKind kind) =>
        Make("file.not-utf8", $"The file is not valid UTF-8 {English(kind)}: save it as UTF-8 and upload it again.", ("kind", kind));

    public static DocumentFormatException WrongKind(FileKind actual, FileKind expected) =>
        Make("file.wrong-kind", $"The file is {English(actual)}, not {English(expected)} as its name says.", ("actual", actual), ("expected", expected));

    public static DocumentFormatException PdfNotWord() =>
        Make("file.wrong-kind", "The file is a PDF, not a Word document (.docx)", ("actual", FileKind.Pdf), ("expected", FileKind.WordDocument));

    public static DocumentFormatException OtherOfficeNotWord(FileKind actual) =>
        Make("file.wrong-kind", $"The file is {English(actual)}, not a Word document: it has no main document part of the WordprocessingML type",
            ("actual", actual), ("expected", FileKind.WordDocument));

    public static DocumentFormatException NotAZipPackage() =>
        Make("file.not-a-word-document", "The file is not a Word document (.docx): it is not a zip package");

    public static DocumentFormatException NoContentTypes() =>
        Make("file.not-a-word-document", "The file is not a Word document (.docx): the zip package has no [Content_Types].xml");

    public static DocumentFormatException NoMainPart() =>
        Make("file.not-a-word-document", "The file is not a Word document: it has no main document part of the WordprocessingML type");

    public static DocumentFormatException NoMainDocumentPart() =>
        Make("file.not-a-word-document", "The document has no main document part of the WordprocessingML type");

    public static DocumentFormatException Encrypted() =>
        Make("file.encrypted", "The document is encrypted or password-protected (or an old binary .doc): remove the password and save it as .docx");

    public static DocumentFormatException UnreadableZip(Exception reason) =>
        Make("file.damaged", $"The document is not a readable zip package: {reason.Message}", reason);

    public static DocumentFormatException UnopenableWord(Exception reason) =>
        Make("file.damaged", $"The document cannot be opened as a Word document: {reason.Message}", reason);

    public static DocumentFormatException NoBody() => Make("file.damaged", "The document's main part has no body");

    public static DocumentFormatException PartNotWellFormed(string part, Exception reason) =>
        Make("file.damaged", $"The document's part '{part}' is not well-formed XML: {reason.Message}", reason);

    public static DocumentFormatException NotJson(JsonException reason) =>
        Make("file.malformed", $"The file is not valid JSON: {reason.Message}", reason, ("line", (int)(reason.LineNumber ?? 0) + 1));

    public static DocumentFormatException Macros() =>
        Make("file.unsafe.macros", "The document contains macros (a macro-enabled .docm): refused, save it as a plain .docx without macros");

    public static DocumentFormatException PartDeclaresDtd(string part, Exception reason) =>
        Make("file.unsafe.dtd",
            $"The document's part '{part}' declares a DTD (<!DOCTYPE>), which is refused: it could read other files or expand entities without end", reason);

    public static DocumentFormatException EntryWithBackslash(string entry) =>
        Make("file.unsafe.entry-name", $"The document's entry name '{entry}' contains a backslash, which zip packages do not use", ("entry", entry));

    public static DocumentFormatException EntryWithAbsolutePath(string entry) =>
        Make("file.unsafe.entry-name", $"The document's entry name '{entry}' is an absolute path", ("entry", entry));

    public static DocumentFormatException EntryClimbsOut(string entry) =>
        Make("file.unsafe.entry-name", $"The document's entry name '{entry}' climbs out of the package with '../'", ("entry", entry));

    public static DocumentFormatException EntryTwice(string entry) =>
        Make("file.unsafe.entry-name", $"The document's entry '{entry}' appears more than once", ("entry", entry));

    public static DocumentFormatException TooManyEntries(int count, int limit) =>
        Make("file.unsafe.zip-bomb", $"The document has {count:N0} entries, more than the limit of {limit:N0}");

    public static DocumentFormatException EntryDeclaresTooMuch(string entry, long declared, long limit) =>
        Make("file.unsafe.zip-bomb", $"The document's entry '{entry}' declares {declared:N0} bytes, more than the limit of {limit:N0} (a zip bomb?)");

    public static DocumentFormatException InflatesTooMuch(long limit, string entry) =>
        Make("file.unsafe.zip-bomb", $"The document inflates to more than {limit:N0} bytes (a zip bomb?): refused while inflating '{entry}'");

    public static DocumentFormatException EntryInflatesTooMuch(string entry, int ratio) =>
        Make("file.unsafe.zip-bomb", $"The document's entry '{entry}' inflates to more than {ratio} times its compressed size (a zip bomb?)");

    public static DocumentFormatException NestedTooDeep(int limit) =>
        Make("file.too-deeply-nested", $"The HTML is nested more than {limit} levels deep, which no page needs.", ("limit", limit));

    public static DocumentFormatException TooMuchFormatting(int limit) =>
        Make("document.too-much-formatting",
            $"A paragraph has more than {limit} pieces of inline formatting, more than a segment's tags can number", ("limit", limit));

    /// <summary>A translation that does not fit its original (Markdown, HTML, JSON): <paramref name="format"/> names it in English.</summary>
    public static DocumentFormatException BlockCountsDiffer(int translated, int original, string format) =>
        Make("document.block-counts-differ", $"The translation has {translated} blocks but the original {format} has {original}.",
            ("translated", translated), ("original", original));

    public static DocumentFormatException WordBlockCountsDiffer(int translated, int original) =>
        Make("document.block-counts-differ", $"The translation has {translated} blocks, but the original document has {original}",
            ("translated", translated), ("original", original));

    public static DocumentFormatException SegmentCountsDiffer(int block, int translated, int original, string format) =>
        Make("document.segment-counts-differ", $"Block {block} has {translated} segments in the translation but {original} in the original {format}.",
            ("block", block), ("translated", translated), ("original", original));

    public static DocumentFormatException WordSegmentCountsDiffer(int block, int translated, int original) =>
        Make("document.segment-counts-differ", $"Block {block} of the translation has {translated} segments, but the original document's has {original}",
            ("block", block), ("translated", translated), ("original", original));

    public static DocumentFormatException JsonSegmentCountsDiffer(string key, int block, int translated, int original) =>
        Make("document.segment-counts-differ",
            $"The value of \"{key}\" (block {block}) has {translated} segments in the translation but {original} in the original JSON.",
            ("block", block), ("translated", translated), ("original", original));

    public static DocumentFormatException EmptyJson() =>
        Make("json.not-an-object", "The file is empty: a JSON strings file is one object of key → text.");

    /// <summary><paramref name="holds"/> says in English what the file holds instead (an array, a number…).</summary>
    public static DocumentFormatException NotAnObject(string holds) =>
        Make("json.not-an-object", $"The file holds {holds}, not an object of key → text.");

    public static DocumentFormatException DuplicateKey(string key) =>
        Make("json.duplicate-key", $"The key \"{key}\" appears twice: each key must be unique.", ("key", key));

    public static DocumentFormatException ValueNotText(string key, string holds) =>
        Make("json.value-not-text", $"The value of \"{key}\" is {holds}: every value must be a text in quotes.", ("key", key));

    /// <summary><paramref name="what"/> says in English which string it is ("a key", "the value of …").</summary>
    public static DocumentFormatException InvalidText(string what, Exception reason) =>
        Make("json.invalid-text", $"The file is refused: {what} is not valid text ({reason.Message})", reason);

    public static DocumentFormatException TooManyPlaceholders(string key, int limit) =>
        Make("json.too-many-placeholders", $"The value of \"{key}\" has more than {limit} placeholders.", ("key", key), ("limit", limit));

    public static DocumentFormatException MalformedPlaceholder(string key, string around) =>
        Make("json.malformed-placeholder",
            $"The value of \"{key}\" has a malformed placeholder at \"{around}\": write {{0}}, {{1:N0}} or {{0,5}}, and {{{{ or }}}} for a literal brace.",
            ("key", key), ("around", around));

    private static string English(FileKind kind) => kind switch
    {
        FileKind.Markdown => "Markdown",
        FileKind.Html => "HTML",
        FileKind.Json => "JSON",
        FileKind.WordDocument => "a Word document",
        FileKind.ZipArchive => "a zip archive (such as a Word document)",
        FileKind.Pdf => "a PDF document",
        FileKind.OldOfficeDocument => "an old-style Office document or an encrypted one",
        FileKind.BinaryData => "binary data",
        FileKind.ExcelWorkbook => "an Excel workbook",
        FileKind.PowerPointPresentation => "a PowerPoint presentation",
        _ => "plain text",
    };

    private static DocumentFormatException Make(string code, string message, params (string Name, object Value)[] values) =>
        new(FileProblem.Create(code, values), message);

    private static DocumentFormatException Make(string code, string message, Exception reason, params (string Name, object Value)[] values) =>
        new(FileProblem.Create(code, values), message, reason);
}
