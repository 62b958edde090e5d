using System.Text;
using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats;

/// <summary>
/// Markdown sources merged back: the original text with each block's inline content replaced by its translation,
/// everything around it (heading marks, list markers, tables, front matter, fenced code, blank lines) as it was, and
/// made as safe as a sanitized page (<see cref="SafeMarkdown"/>): no script or unsafe link of the original or of a
/// translation reaches the rebuilt document.
/// </summary>
public static class MarkdownDocument
{
    /// <summary>
    /// The original Markdown in the target language: tag n is written with the original's delimiters or link of
    /// code n, standalone tags as the original wrote them, text escaped where Markdown would read it as markup. A
    /// block whose translation is its source (a name, a number) keeps its source text exactly.
    /// </summary>
    public static string Merge(string originalMarkdown, Language sourceLanguage, SegmentedDocument translated, Language targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(originalMarkdown);
        ArgumentNullException.ThrowIfNull(translated);

        var source = originalMarkdown.TrimStart('\uFEFF');
        var blocks = MarkdownBlocks.Find(source, sourceLanguage);
        MergeShape.Check(translated, [.. blocks.Select(b => b.Segments.Count)], "Markdown");

        // From the end backwards, so the places of the blocks still to replace stay where the parser found them.
        var merged = new StringBuilder(source);
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            var block = blocks[i];
            if (translated.Blocks[i].Segments.SequenceEqual(block.Segments, StringComparer.Ordinal))
            {
                continue;
            }

            var text = translated.Blocks[i].Text(targetLanguage);
            merged.Remove(block.Start, block.Length).Insert(block.Start, block.Raw ? InlineTags.Strip(text) : Rebuild(text, block.Codes));
        }

        return originalMarkdown[..(originalMarkdown.Length - source.Length)] + SafeMarkdown.Clean(merged.ToString());
    }

    /// <summary>
    /// A block's Markdown from its tagged text. Tags without a code of their kind are dropped, their words kept;
    /// a closing tag closes the ones opened inside it, and tags left open are closed at the end, so the delimiters
    /// always pair up.
    /// </summary>
    private static string Rebuild(string text, IReadOnlyList<MarkdownCode> codes)
    {
        var markdown = new StringBuilder();
        var open = new List<(int Id, MarkdownCode Code)>();
        var position = 0;
        foreach (var tag in InlineTags.Find(text))
        {
            AppendText(text[position..tag.Index]);
            position = tag.Index + tag.Length;
            var code = tag.Id <= codes.Count ? codes[tag.Id - 1] : null;
            switch (tag.Kind)
            {
                case InlineTagKind.Opening when code is { Paired: true } && open.TrueForAll(o => o.Id != tag.Id):
                    markdown.Append(code.Opening);
                    open.Add((tag.Id, code));
                    break;
                case InlineTagKind.Closing when open.Exists(o => o.Id == tag.Id):
                    CloseFrom(open.FindLastIndex(o => o.Id == tag.Id));
                    break;
                case InlineTagKind.Standalone when code is { Paired: false }:
                    markdown.Append(code.Opening);
                    break;
            }
        }

        AppendText(text[position..]);
        CloseFrom(0);
        return markdown.ToString();

        void AppendText(string words)
        {
            // The space the reader put after a line break would indent the next line.
            words = markdown.Length > 0 && markdown[^1] == '\n' ? words.TrimStart(' ') : words;
            var verbatim = open.Exists(o => o.Code.Verbatim);
            markdown.Append(verbatim ? words : MarkdownEscape.Words(words, atBlockStart: markdown.Length == 0));
        }

        void CloseFrom(int index)
        {
            for (var i = open.Count - 1; i >= index; i--)
            {
                markdown.Append(open[i].Code.Closing);
            }

            open.RemoveRange(index, open.Count - index);
        }
    }
}
