namespace Translate.Formats.Glossaries;

/// <summary>The cell conventions shared by the glossary CSV reader and writer.</summary>
internal static class GlossaryCsv
{
    public const char VariantSeparator = '|';
    public const string Yes = "yes";

    private static readonly string[] YesWords = [Yes, "y", "true", "1", "x"];
    private static readonly string[] NoWords = ["", "no", "n", "false", "0"];

    /// <summary>
    /// The writer puts an apostrophe before a cell that starts like a formula (= + - @), so that Excel shows it as text
    /// instead of running it; the reader takes that apostrophe off again.
    /// </summary>
    public const string FormulaStarts = "=+-@\t\r";

    public static string Unescaped(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;

    public static bool? YesOrNo(string cell)
    {
        var word = cell.Trim();
        return YesWords.Contains(word, StringComparer.OrdinalIgnoreCase) ? true
            : NoWords.Contains(word, StringComparer.OrdinalIgnoreCase) ? false
            : null;
    }
}
