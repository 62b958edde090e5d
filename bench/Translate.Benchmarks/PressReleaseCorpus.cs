using System.Text;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Benchmarks;

/// <summary>
/// Realistic input of any size, made by repeating the sample press release of 16 January 2018: its sentences, its
/// translations and its plain text in each language.
/// </summary>
public static class PressReleaseCorpus
{
    private static readonly TranslationState[] States =
        [TranslationState.Translated, TranslationState.Approved, TranslationState.Draft, TranslationState.Empty];

    /// <summary>
    /// English to <paramref name="target"/>, one unit per sentence, cycling through the sample's sentences and
    /// through a few states; one unit in three carries inline codes (bold, a link, a line break).
    /// </summary>
    public static BilingualDocument Bilingual(int units, Language target)
    {
        var segments = SampleRelease.Segments;
        var list = new List<BilingualUnit>(units);
        for (var i = 0; i < units; i++)
        {
            var segment = segments[i % segments.Count];
            var state = States[i % States.Length];
            var tagged = i % 3 == 0;
            var source = tagged ? WithCodes(segment.Text[Language.En]) : InlineText.Plain(segment.Text[Language.En]);
            var translation = tagged ? WithCodes(segment.Text[target]) : InlineText.Plain(segment.Text[target]);
            list.Add(new BilingualUnit($"s{i + 1}", source, state == TranslationState.Empty ? null : translation, state)
            {
                SegmentNumber = i + 1,
                BlockId = $"b{(i / segments.Count * 100) + segment.Block}",
                BlockKind = Enum.Parse<BlockKind>(segment.Kind, ignoreCase: true),
            });
        }

        return new BilingualDocument(Language.En, target, "press-release-2018-01-16", list)
        {
            ReleaseId = "0195f3a2-7c1e-7000-8000-000000000001",
            Version = 1,
        };
    }

    /// <summary>The translated units of a bilingual document as translation memory entries, as TMX carries them.</summary>
    public static IReadOnlyList<TranslationMemoryEntry> Memory(BilingualDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var createdAt = new DateTimeOffset(2018, 1, 16, 9, 0, 0, TimeSpan.Zero);
        return
        [
            .. document.Units.Select(u => new TranslationMemoryEntry(
                document.SourceLanguage, u.Source, document.TargetLanguage, u.Target ?? u.Source)
            {
                CreatedAt = createdAt,
                Author = "anna",
            }),
        ];
    }

    /// <summary>The plain text of the release in one language, repeated until it holds at least that many UTF-8 bytes.</summary>
    public static string Text(Language language, int minBytes)
    {
        var release = SampleRelease.Text(language).Trim();
        var releaseBytes = Encoding.UTF8.GetByteCount(release);
        var text = new StringBuilder(release);
        for (var bytes = releaseBytes; bytes < minBytes; bytes += releaseBytes + 2)
        {
            text.Append("\n\n").Append(release);
        }

        return text.ToString();
    }

    /// <summary>
    /// A block of text with inline tags, as a Word document gives it: every sixth word (in Chinese, two characters in
    /// every twelve) inside a tag pair, the pairs numbered 1..n in the block; words with punctuation are left alone.
    /// </summary>
    public static string Tagged(string block, Language language)
    {
        ArgumentNullException.ThrowIfNull(block);
        var tagged = new StringBuilder(block.Length * 3 / 2);
        var id = 0;
        if (language == Language.Zh)
        {
            for (var i = 0; i < block.Length; i++)
            {
                if (i % 12 == 5 && i + 1 < block.Length && char.IsLetter(block[i]) && char.IsLetter(block[i + 1]))
                {
                    id++;
                    tagged.Append(InlineTags.Opening(id)).Append(block, i, 2).Append(InlineTags.Closing(id));
                    i++;
                }
                else
                {
                    tagged.Append(block[i]);
                }
            }

            return tagged.ToString();
        }

        var words = block.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                tagged.Append(' ');
            }

            if (i % 6 == 5 && words[i].Length > 0 && words[i].All(char.IsLetter))
            {
                id++;
                tagged.Append(InlineTags.Opening(id)).Append(words[i]).Append(InlineTags.Closing(id));
            }
            else
            {
                tagged.Append(words[i]);
            }
        }

        return tagged.ToString();
    }

    /// <summary>The first word bold, the last one a link and a line break before it, as a Word document would give them.</summary>
    private static InlineText WithCodes(string sentence)
    {
        var firstSpace = sentence.IndexOf(' ', StringComparison.Ordinal);
        var lastSpace = sentence.LastIndexOf(' ');
        if (firstSpace < 0 || lastSpace <= firstSpace)
        {
            // Chinese has no spaces: the first two characters bold, the rest plain.
            return sentence.Length < 3 ? InlineText.Plain(sentence) : new InlineText(
            [
                new OpeningCode("1", InlineKind.Bold), new TextRun(sentence[..2]), new ClosingCode("1"), new TextRun(sentence[2..]),
            ]);
        }

        return new InlineText(
        [
            new OpeningCode("1", InlineKind.Bold),
            new TextRun(sentence[..firstSpace]),
            new ClosingCode("1"),
            new TextRun(sentence[firstSpace..(lastSpace + 1)]),
            new StandaloneCode("2", InlineKind.LineBreak),
            new OpeningCode("3", InlineKind.Link, "https://space-agency.public.lu/en/news-media.html"),
            new TextRun(sentence[(lastSpace + 1)..]),
            new ClosingCode("3"),
        ]);
    }
}
