using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Testing;

/// <summary>The press release of 16 January 2018 and its reference translations, from segments.tsv.</summary>
public static class SampleRelease
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Samples", "press-release-2018-01-16");

    public static IReadOnlyList<SampleSegment> Segments { get; } = File
        .ReadAllLines(Path.Combine(Folder, "segments.tsv"))
        .Skip(1)
        .Where(line => line.Length > 0)
        .Select(line => line.Split('\t'))
        .Select(c => new SampleSegment(
            int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture),
            c[2],
            new Dictionary<Language, string>
            {
                [Language.En] = c[3], [Language.Fr] = c[4], [Language.De] = c[5], [Language.Lb] = c[6], [Language.Zh] = c[7],
            }))
        .ToList();

    public static string Title => Segments[0].Text[Language.En];

    /// <summary>The document in one language, with the blocks and kinds of segments.tsv.</summary>
    public static SegmentedDocument Document(Language language = Language.En) => new(Segments
        .GroupBy(s => s.Block)
        .Select(g => new SegmentedBlock(Kind(g.First().Kind), g.Select(s => s.Text[language]).ToList()))
        .ToList());

    public static string Text(Language language) => File.ReadAllText(Path.Combine(Folder, language.Code() + ".txt"));

    private static BlockKind Kind(string kind) => Enum.Parse<BlockKind>(kind, ignoreCase: true);
}

public sealed record SampleSegment(int Number, int Block, string Kind, IReadOnlyDictionary<Language, string> Text);
