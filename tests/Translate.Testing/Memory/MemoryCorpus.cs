using System.Globalization;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Memory;

namespace Translate.Testing.Memory;

/// <summary>
/// A translation memory of any size made from the sample release, deterministic for a seed: its English sentences
/// paired with each of the other languages, most of them edited a little (a number or a name changed, words swapped,
/// dropped or added, a word in an inline tag) so that a query meets many near matches, as in a press office's memory.
/// </summary>
public static class MemoryCorpus
{
    private static readonly Language[] Targets = [Language.Fr, Language.De, Language.Lb, Language.Zh];

    private static readonly string[] Names =
        ["Schneider", "Bettel", "Etgen", "Fayot", "Delles", "Zhang", "Wang", "Weber", "Muller", "Hoffmann", "Kremer", "Thill"];

    private static readonly string[] Words =
        ["also", "today", "further", "European", "national", "joint", "new", "formally", "in", "the", "of", "space", "agency", "and"];

    private static readonly DateTimeOffset Start = new(2018, 1, 16, 9, 0, 0, TimeSpan.Zero);

    /// <summary><paramref name="count"/> units from English, the target languages in turn, one in eight the sentence as it is.</summary>
    public static IReadOnlyList<MemoryUnit> Units(int count, int seed)
    {
        var random = new Random(seed);
        var segments = SampleRelease.Segments;
        var units = new List<MemoryUnit>(count);
        for (var i = 0; i < count; i++)
        {
            var at = i % segments.Count;
            var segment = segments[at];
            var target = Targets[i / segments.Count % Targets.Length];
            var source = random.Next(8) == 0 ? segment.Text[Language.En] : Variant(segment.Text[Language.En], random);
            units.Add(new MemoryUnit(Id(random), Language.En, target, source, segment.Text[target], Start.AddMinutes(i))
            {
                PreviousSourceText = at > 0 ? segments[at - 1].Text[Language.En] : null,
                NextSourceText = at + 1 < segments.Count ? segments[at + 1].Text[Language.En] : null,
                ReleaseSlug = $"release-{i / segments.Count}",
                ReleaseTitle = SampleRelease.Title,
                Author = Names[random.Next(Names.Length)],
            });
        }

        return units;
    }

    /// <summary>Queries from English with the default minimum and count: other variants of the sample's sentences, with their neighbours.</summary>
    public static IReadOnlyList<MemoryQuery> Queries(int count, int seed)
    {
        var random = new Random(seed);
        var segments = SampleRelease.Segments;
        return
        [
            .. Enumerable.Range(0, count).Select(i =>
            {
                var at = random.Next(segments.Count);
                var english = segments[at].Text[Language.En];
                return new MemoryQuery(random.Next(4) == 0 ? english : Variant(english, random), Language.En, Targets[random.Next(Targets.Length)])
                {
                    PreviousSourceText = at > 0 ? segments[at - 1].Text[Language.En] : null,
                    NextSourceText = at + 1 < segments.Count ? segments[at + 1].Text[Language.En] : null,
                };
            }),
        ];
    }

    /// <summary>A sentence with one to four small edits.</summary>
    public static string Variant(string sentence, Random random)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(random);
        var words = sentence.Split(' ').ToList();
        for (var edits = random.Next(1, 5); edits > 0; edits--)
        {
            var at = random.Next(words.Count);
            switch (random.Next(6))
            {
                case 0 when Numbers(words) is { Count: > 0 } numbers:
                    words[numbers[random.Next(numbers.Count)]] = random.Next(1, 3000).ToString(CultureInfo.InvariantCulture);
                    break;
                case 1:
                    words[at] = Names[random.Next(Names.Length)];
                    break;
                case 2 when at + 1 < words.Count:
                    (words[at], words[at + 1]) = (words[at + 1], words[at]);
                    break;
                case 3 when words.Count > 2:
                    words.RemoveAt(at);
                    break;
                case 4:
                    words[at] = InlineTags.Opening(1) + words[at] + InlineTags.Closing(1);
                    break;
                default:
                    words.Insert(at, Words[random.Next(Words.Length)]);
                    break;
            }
        }

        return string.Join(' ', words);
    }

    private static List<int> Numbers(List<string> words) =>
        [.. Enumerable.Range(0, words.Count).Where(i => words[i].Any(char.IsAsciiDigit))];

    private static Guid Id(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
