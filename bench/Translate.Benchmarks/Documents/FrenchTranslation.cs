using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Benchmarks.Documents;

/// <summary>
/// A French translation of any English document read from the report, for the merges: the sample's French sentences
/// cycled over the document's segments, so every block keeps its number of segments.
/// </summary>
public static class FrenchTranslation
{
    private static readonly string[] Sentences = [.. SampleRelease.Segments.Select(s => s.Text[Language.Fr])];

    /// <summary>The French sentences without tags: the merge gives every block its base formatting only.</summary>
    public static SegmentedDocument Plain(SegmentedDocument source) => Translated(source, (_, french) => french);

    /// <summary>
    /// The French sentences carrying the tags of the English segment they replace, as a translator keeps them: each
    /// pair around one word, each standalone tag after one, spread over the sentence in the source's order.
    /// </summary>
    public static SegmentedDocument Tagged(SegmentedDocument source) => Translated(source, WithTagsOf);

    private static SegmentedDocument Translated(SegmentedDocument source, Func<string, string, string> translate)
    {
        ArgumentNullException.ThrowIfNull(source);
        var next = 0;
        return new SegmentedDocument(
        [
            .. source.Blocks.Select(b => b with
            {
                Segments = [.. b.Segments.Select(s => translate(s, Sentences[next++ % Sentences.Length]))],
            }),
        ]);
    }

    private static string WithTagsOf(string english, string french)
    {
        var tags = InlineTags.Find(english).Where(t => t.Kind != InlineTagKind.Closing).ToList();
        var words = french.Split(' ');
        for (var k = 0; k < tags.Count && k < words.Length; k++)
        {
            var at = k * words.Length / tags.Count;
            var tag = tags[k];
            words[at] = tag.Kind == InlineTagKind.Opening
                ? InlineTags.Opening(tag.Id) + words[at] + InlineTags.Closing(tag.Id)
                : words[at] + InlineTags.Standalone(tag.Id);
        }

        return string.Join(' ', words);
    }
}
