namespace Translate.Domain.Tests;

/// <summary>The press release of 16 January 2018, as linked into the test output.</summary>
internal static class Sample
{
    private static readonly string Folder =
        Path.Combine(AppContext.BaseDirectory, "Samples", "press-release-2018-01-16");

    private static readonly string[] Columns = ["en", "fr", "de", "lb", "zh"];

    public static string Text(string code) => File.ReadAllText(Path.Combine(Folder, $"{code}.txt"));

    /// <summary>The reference segments of one language from segments.tsv, grouped by block, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> SegmentsByBlock(string code)
    {
        var column = 3 + Array.IndexOf(Columns, code);
        return [.. File.ReadAllLines(Path.Combine(Folder, "segments.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .GroupBy(fields => int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(block => block.Key)
            .Select(block => (IReadOnlyList<string>)[.. block.Select(fields => fields[column])])];
    }

    /// <summary>One segment of segments.tsv, by its number, in one language.</summary>
    public static string Segment(int number, string code)
    {
        var column = 3 + Array.IndexOf(Columns, code);
        return File.ReadAllLines(Path.Combine(Folder, "segments.tsv"))
            .Select(line => line.Split('\t'))
            .Single(fields => fields[0] == number.ToString(System.Globalization.CultureInfo.InvariantCulture))[column];
    }
}
