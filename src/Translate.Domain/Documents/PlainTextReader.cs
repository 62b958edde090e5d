using System.Text.RegularExpressions;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;

namespace Translate.Domain.Documents;

/// <summary>
/// Reads a plain-text document: blocks are separated by blank lines; the first block is the title,
/// short unpunctuated lines before the first paragraph are headings, and marked lines are list items.
/// </summary>
public static partial class PlainTextReader
{
    public static SegmentedDocument Read(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);

        var blocks = new List<SegmentedBlock>();
        var seenParagraph = false;
        foreach (var lines in LineGroups(text))
        {
            if (blocks.Count > 0 && lines.All(line => IsListLine(line, language)))
            {
                blocks.AddRange(lines.Select(line =>
                    new SegmentedBlock(BlockKind.ListItem, Segmenter.Split(ListMarker().Replace(line, ""), language))));
                continue;
            }

            var kind = blocks.Count == 0 ? BlockKind.Title
                : !seenParagraph && lines.Count == 1 && !EndsLikeSentence(lines[0]) ? BlockKind.Heading
                : BlockKind.Paragraph;
            seenParagraph |= kind == BlockKind.Paragraph;
            blocks.Add(new SegmentedBlock(kind, Segmenter.Split(string.Join('\n', lines), language)));
        }

        return new SegmentedDocument(blocks);
    }

    /// <summary>The non-blank lines of each block, trailing whitespace removed.</summary>
    private static IEnumerable<List<string>> LineGroups(string text)
    {
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var group = new List<string>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (group.Count > 0)
                {
                    yield return group;
                    group = [];
                }

                continue;
            }

            group.Add(line.TrimEnd());
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private static bool IsListLine(string line, Language language)
    {
        var marker = ListMarker().Match(line);
        if (!marker.Success)
        {
            return false;
        }

        // A number the rules hold to what follows opens a paragraph, not a list: "16. Januar 2018 – ..."
        var number = marker.Groups["number"];
        return !number.Success
            || !SegmentationRules.For(language).KeepsTogether(line, number.Index + number.Length);
    }

    private static bool EndsLikeSentence(string line) => SentenceEnd().IsMatch(line);

    [GeneratedRegex(@"^[ \t]*(?:[-*•]|(?<number>\d{1,3}\.)|\d{1,3}\))[ \t]+(?=\S)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ListMarker();

    // Closing quotes and brackets may follow the final mark: 'He said "Yes."' is a sentence.
    [GeneratedRegex(@"[.!?:。！？：][""'’”“»)）」』]*$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SentenceEnd();
}
