using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;
using Translate.Formats.Interchange;

namespace Translate.Formats.Json;

/// <summary>
/// JSON strings files as source documents (the app's own <c>locales/*.json</c>: one flat object of key → text):
/// each value is a paragraph block of segments, its placeholders and line breaks standalone tags; merged back, the
/// same keys come in the same order, each with its translation.
/// </summary>
public static class JsonStringsDocument
{
    /// <exception cref="DocumentFormatException">The file is too large, not UTF-8, not JSON, or not a flat object of strings.</exception>
    public static SegmentedDocument Read(byte[] content, Language language, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        return new SegmentedDocument([.. Values(content, language, limits).Select(v => v.Block)]);
    }

    /// <summary>
    /// The original file in the target language: each value is its block's translated segments joined, tag n
    /// written as placeholder n of the original value, literal braces doubled. A value whose translation is its
    /// source (a name, an untouched file) keeps its original text exactly, escapes and whitespace included.
    /// </summary>
    /// <exception cref="DocumentFormatException">The original is refused, or the translation has other blocks or segments.</exception>
    public static byte[] Merge(byte[] original, Language sourceLanguage, SegmentedDocument translated, Language targetLanguage, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(translated);
        ArgumentNullException.ThrowIfNull(limits);

        var values = Values(original, sourceLanguage, limits);
        MergeShape.Check(
            translated,
            [.. values.Select(v => v.Block.Segments.Count)],
            (have, want) => DocumentProblems.BlockCountsDiffer(have, want, "JSON"),
            (block, have, want) => DocumentProblems.JsonSegmentCountsDiffer(values[block - 1].String.Key, block, have, want));
        return JsonStringsWriter.Write(values.Select((value, i) =>
        {
            var block = translated.Blocks[i];
            return (value.String.Key, block.Segments.SequenceEqual(value.Block.Segments, StringComparer.Ordinal)
                ? value.String.RawValue
                : JsonStringsWriter.Quote(JsonPlaceholders.Rebuild(block.Text(targetLanguage), value.Codes)));
        }));
    }

    private static List<Value> Values(byte[] content, Language language, ReaderLimits limits) =>
    [
        .. JsonStringsFile.Read(content, limits).Select(s =>
        {
            var (text, codes) = JsonPlaceholders.Tag(s.Key, s.Value);
            return new Value(s, new SegmentedBlock(BlockKind.Paragraph, Segmenter.Split(text, language)), codes);
        }),
    ];

    /// <summary>A value of the file, its block, and the original text of each of its tags.</summary>
    private sealed record Value(JsonString String, SegmentedBlock Block, IReadOnlyList<string> Codes);
}
