using System.Xml;
using Translate.Domain.Languages;

namespace Translate.Formats.Interchange;

/// <summary>
/// Every reason an XLIFF or TMX file is refused, in one place: a stable code for the UI to translate, the values its
/// sentence names (the line and the unit where known), and the English message for logs and the command line,
/// to which the exception adds the line and the unit.
/// </summary>
public static class InterchangeProblems
{
    public static InterchangeFormatException TooLarge(long limit) =>
        Make(FileProblem.Create("file.too-large", ("limit", limit)), $"The file is larger than the limit of {limit:N0} bytes", null);

    /// <summary>Over the web app's upload limit; <paramref name="shown"/> is that limit as the English message shows it.</summary>
    public static InterchangeFormatException TooLargeToUpload(long limit, string shown) =>
        Make(FileProblem.Create("file.too-large", ("limit", limit)), $"The file is larger than the upload limit of {shown}; nothing was changed.", null);

    public static InterchangeFormatException DeclaresDtd(XmlException reason) =>
        Make(FileProblem.Create("file.unsafe.dtd"),
            "The file declares a DTD (<!DOCTYPE>), which is refused: it could read other files or expand entities without end",
            reason.LineNumber, reason: reason);

    /// <summary>The XML parser's message names the line already; the line is a value for the UI's sentence.</summary>
    public static InterchangeFormatException NotWellFormed(XmlException reason) =>
        Make(FileProblem.Create("file.malformed", ("line", reason.LineNumber)), $"The file is not well-formed XML: {reason.Message}", null, reason: reason);

    public static InterchangeFormatException WrongRoot(string root, string format, string expected, int line) =>
        Make(FileProblem.Create("interchange.wrong-root", ("line", line), ("root", root), ("format", format)),
            $"The root element is <{root}>, not {format}'s <{expected}>", line);

    public static InterchangeFormatException WrongNamespace(string name, string format, string expected, int line) =>
        Make(FileProblem.Create("interchange.wrong-namespace", ("line", line), ("namespace", name), ("format", format)),
            $"The namespace '{name}' is not {format}'s ({expected})", line);

    /// <summary>The versions read are listed as values ("2.0, 2.1, 2.2"), so that no English "or" reaches the UI.</summary>
    public static InterchangeFormatException WrongVersion(string format, string? version, int line, params string[] supported) =>
        Make(FileProblem.Create("interchange.wrong-version", ("line", line), ("format", format), ("version", version ?? ""), ("supported", string.Join(", ", supported))),
            $"{format} version '{version}' is not {Either(supported)}", line);

    /// <summary>An XLIFF file of the other generation (1.2 given where 2 is read, or the reverse).</summary>
    public static InterchangeFormatException OtherXliffVersion(string found, string wanted, int line) =>
        Make(FileProblem.Create("interchange.wrong-version", ("line", line), ("format", "XLIFF"), ("version", found), ("supported", wanted)),
            $"This is an XLIFF {found} file, not XLIFF {wanted}; read it as XLIFF {found}", line);

    public static InterchangeFormatException NoFileElement() =>
        Make(FileProblem.Create("interchange.missing-element", ("element", "<file>")), "The file has no <file> element", null);

    public static InterchangeFormatException NoHeader() =>
        Make(FileProblem.Create("interchange.missing-element", ("element", "<header>")), "The file has no <header>", null);

    public static InterchangeFormatException MissingId(string element, int line) =>
        Make(FileProblem.Create("interchange.missing-id", ("line", line), ("element", $"<{element}>")), $"A <{element}> has no id", line);

    public static InterchangeFormatException DuplicateUnit(string unit, int line) =>
        Make(FileProblem.Create("xliff.duplicate-unit", ("line", line), ("unit", unit)), "The unit id appears more than once", line, unit);

    public static InterchangeFormatException UnitWithout(string element, int line, string unit) =>
        Incomplete($"<{element}>", $"The unit has no <{element}>", line, unit);

    public static InterchangeFormatException SegmentWithoutSource(int line, string unit) =>
        Incomplete("<source>", "The segment has no <source>", line, unit);

    public static InterchangeFormatException VariantWithoutSeg(int line, string unit) =>
        Incomplete("<seg>", "A <tuv> has no <seg>", line, unit);

    public static InterchangeFormatException NoSourceVariant(Language source, int line, string unit) =>
        Incomplete($"<tuv xml:lang=\"{source.Code()}\">", $"The unit has no variant in its source language {source.Code()}", line, unit);

    public static InterchangeFormatException MissingLanguage(string attribute, int line) =>
        Make(FileProblem.Create("interchange.missing-language", ("line", line), ("attribute", attribute)), $"The {attribute} attribute is missing", line);

    public static InterchangeFormatException HeaderWithoutSourceLanguage(int line) =>
        Make(FileProblem.Create("interchange.missing-language", ("line", line), ("attribute", "srclang")), "The <header> has no srclang", line);

    public static InterchangeFormatException UnitWithoutSourceLanguage(int line, string unit) =>
        Make(FileProblem.Create("interchange.missing-language", ("line", line), ("attribute", "srclang")),
            "The unit states no source language (srclang)", line, unit);

    public static InterchangeFormatException UnsupportedLanguage(string attribute, string tag, int line) =>
        Make(FileProblem.Create("interchange.unsupported-language", ("line", line), ("language", tag)),
            $"{attribute} '{tag}' is not one of the languages en, fr, de, lb, zh (Simplified)", line);

    /// <summary><paramref name="what"/> says which language of the file it is: "source" or "target".</summary>
    public static InterchangeFormatException UnexpectedLanguage(string what, Language actual, Language expected, int line) =>
        Make(FileProblem.Create(what == "source" ? "interchange.unexpected-source-language" : "interchange.unexpected-target-language",
                ("line", line), ("actual", actual), ("expected", expected)),
            $"The file's {what} language is {actual.Code()}, but {expected.Code()} was expected", line);

    public static InterchangeFormatException MixedLanguages(int line) =>
        Make(FileProblem.Create("interchange.mixed-languages", ("line", line)), "The file's <file> elements are in different languages", line);

    public static InterchangeFormatException UnknownState(string? state, string format, int line, string unit) =>
        Make(FileProblem.Create("interchange.unknown-state", ("line", line), ("unit", unit), ("state", state ?? "")),
            $"State '{state}' is not an {format} state", line, unit);

    /// <summary><paramref name="what"/> names in English the attribute that is no number (version, segment number…).</summary>
    public static InterchangeFormatException NotANumber(string what, string value, int line, string? unit) =>
        Invalid(value, $"The {what} '{value}' is not a number", line, unit);

    public static InterchangeFormatException UnknownBlockKind(string value, int line, string unit) =>
        Invalid(value, $"The block kind '{value}' is not one of Translate's", line, unit);

    public static InterchangeFormatException BadDate(string value, int line, string unit) =>
        Invalid(value, $"The date '{value}' is not in TMX's form yyyyMMddTHHmmssZ", line, unit);

    /// <summary>Inline codes that do not pair up, nest too deep or are unknown: <paramref name="problem"/> says how, in English.</summary>
    public static InterchangeFormatException BrokenInline(string problem, int line, string unit) =>
        Make(FileProblem.Create("interchange.broken-inline", ("line", line), ("unit", unit)), problem, line, unit);

    public static InterchangeFormatException BadTagId(string id) =>
        Make(FileProblem.Create("interchange.bad-tag-id", ("id", id)),
            $"The inline code id '{id}' is not one of Translate's tag numbers (1 to 999, no leading zeros)", null);

    public static InterchangeFormatException ForeignTargetCode(string unit, string code) =>
        Make(FileProblem.Create("interchange.foreign-code", ("unit", unit), ("code", code)),
            $"Unit '{unit}': its target has the inline code '{code}', which its source does not have.", null);

    /// <summary>A refusal of a unit's text, made without knowing its unit: the same problem, its message naming the unit.</summary>
    public static InterchangeFormatException InUnit(string unit, InterchangeFormatException reason) =>
        new(reason.Problem, $"Unit '{unit}': {reason.Message}", line: null, unitId: null, reason);

    private static string Either(string[] versions) =>
        versions.Length > 1 ? $"{string.Join(", ", versions[..^1])} or {versions[^1]}" : string.Join("", versions);

    private static InterchangeFormatException Incomplete(string missing, string text, int line, string unit) =>
        Make(FileProblem.Create("interchange.unit-incomplete", ("line", line), ("unit", unit), ("missing", missing)), text, line, unit);

    private static InterchangeFormatException Invalid(string value, string text, int line, string? unit) =>
        Make(FileProblem.Create("interchange.invalid-value", ("line", line), ("value", value)), text, line, unit);

    private static InterchangeFormatException Make(FileProblem problem, string text, int? line, string? unit = null, Exception? reason = null) =>
        new(problem, text, line, unit, reason);
}
