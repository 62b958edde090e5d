using Microsoft.Extensions.Localization;
using Translate.Domain.Languages;
using Translate.Formats;
using Translate.Formats.Interchange;

namespace Translate.Web.Components.Shared;

/// <summary>
/// Why a file was refused, in the UI language: the sentence of <c>locales/</c> under <c>file-problem.{code}</c> with
/// its values (sizes as 20 MB, kinds of file in words). A refusal without a code, from elsewhere, reads as a general
/// sentence; the exception's English message is for logs.
/// </summary>
public static class FileRefusalText
{
    public const string KeyPrefix = "file-problem.";

    public static string Of(FormatException refused, IStringLocalizer localizer) => ProblemOf(refused) is { } problem
        ? localizer[KeyPrefix + problem.Code, [.. problem.Values.Values.Select(v => Word(v, localizer))]]
        : localizer["file-problem.unreadable"];

    private static FileProblem? ProblemOf(FormatException refused) => refused switch
    {
        DocumentFormatException document => document.Problem,
        InterchangeFormatException interchange => interchange.Problem,
        _ => null,
    };

    private static object Word(object value, IStringLocalizer localizer) => value switch
    {
        Language language => language.Code(),
        FileKind kind => Kind(kind, localizer),
        long bytes => Human.Size(bytes),
        _ => value,
    };

    private static string Kind(FileKind kind, IStringLocalizer localizer) => kind switch
    {
        FileKind.Markdown => localizer["file-problem.kind.markdown"],
        FileKind.Html => localizer["file-problem.kind.html"],
        FileKind.Json => localizer["file-problem.kind.json"],
        FileKind.WordDocument => localizer["file-problem.kind.word-document"],
        FileKind.ZipArchive => localizer["file-problem.kind.zip-archive"],
        FileKind.Pdf => localizer["file-problem.kind.pdf"],
        FileKind.OldOfficeDocument => localizer["file-problem.kind.old-office-document"],
        FileKind.BinaryData => localizer["file-problem.kind.binary-data"],
        FileKind.ExcelWorkbook => localizer["file-problem.kind.excel-workbook"],
        FileKind.PowerPointPresentation => localizer["file-problem.kind.powerpoint-presentation"],
        _ => localizer["file-problem.kind.plain-text"],
    };
}
