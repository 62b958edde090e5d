using Translate.Domain.Workflow;
using Translate.Formats.Interchange;

namespace Translate.Formats.Glossaries;

/// <summary>
/// Every reason a glossary file (TBX, CSV) is refused that XML and interchange files do not share, in one place: a
/// stable code for the UI to translate, the values its sentence names, and the English message for logs and the
/// command line, to which the exception adds the line. Refused as <see cref="InterchangeFormatException"/>, so callers
/// catch and word it as they do XLIFF and TMX.
/// </summary>
public static class GlossaryProblems
{
    public static InterchangeFormatException DuplicateEntry(string id, int line) =>
        Make(FileProblem.Create("glossary.duplicate-entry", ("line", line), ("id", id)), $"The entry id '{id}' appears more than once", line);

    /// <summary>An entry the glossary's rules refuse (an empty term, a forbidden variant equal to its term…): the reason's English message is kept.</summary>
    public static InterchangeFormatException InvalidEntry(string id, int line, RefusedException reason) =>
        Make(FileProblem.Create("glossary.invalid-entry", ("line", line), ("id", id)), $"The entry '{id}' is refused: {reason.Message}", line, reason);

    public static InterchangeFormatException InvalidLanguage(string tag, int line) =>
        Make(FileProblem.Create("glossary.invalid-language", ("line", line), ("language", tag)), $"'{tag}' is not a language code", line);

    public static InterchangeFormatException NoEntries() =>
        Make(FileProblem.Create("glossary.empty"), "The file holds no glossary entry with a term in en, fr, de, lb or zh", null);

    public static InterchangeFormatException UnknownColumn(string column, int line) =>
        Make(FileProblem.Create("glossary.csv-unknown-column", ("line", line), ("column", column)),
            $"The column '{column}' is not a language code (en, fr, de, lb, zh), a language's forbidden variants, case-sensitive or note, nor note, subject, do-not-translate or id",
            line);

    public static InterchangeFormatException DuplicateColumn(string column, int line) =>
        Make(FileProblem.Create("glossary.csv-duplicate-column", ("line", line), ("column", column)), $"The column '{column}' appears more than once", line);

    public static InterchangeFormatException TooFewLanguages(int line) =>
        Make(FileProblem.Create("glossary.csv-too-few-languages", ("line", line)),
            "The header names fewer than two of the languages en, fr, de, lb, zh: a glossary pairs terms of two languages or more", line);

    public static InterchangeFormatException ColumnCount(int count, int expected, int line) =>
        Make(FileProblem.Create("glossary.csv-column-count", ("line", line), ("count", count), ("expected", expected)),
            $"The row has {count} columns, but the header has {expected}", line);

    public static InterchangeFormatException NotUtf8() =>
        Make(FileProblem.Create("glossary.csv-not-utf8"), "The file is not valid UTF-8: save it as CSV UTF-8 and upload it again", null);

    public static InterchangeFormatException MalformedCsv(int line, Exception reason) =>
        Make(FileProblem.Create("file.malformed", ("line", line)), "The file is not well-formed CSV (a quote is not closed or stands inside a value)", line, reason);

    /// <summary><paramref name="column"/> is a yes-or-no column (case-sensitive, do-not-translate).</summary>
    public static InterchangeFormatException NotYesOrNo(string column, string value, int line) =>
        Make(FileProblem.Create("interchange.invalid-value", ("line", line), ("value", value)),
            $"The {column} value '{value}' is not yes or no (leave it empty for no)", line);

    private static InterchangeFormatException Make(FileProblem problem, string text, int? line, Exception? reason = null) =>
        new(problem, text, line, unitId: null, reason);
}
