using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Benchmarks.Documents;

/// <summary>
/// A 50-page report made of the sample press release's English sentences, as a ministry would write one: per page a
/// heading, ten paragraphs of one or two sentences with bold and italic words and links, a list of four items, a
/// table of contacts and a byline. Word and the web page are built from the same pages.
/// </summary>
/// <remarks>
/// A page is judged by its words: an A4 page of Word's default style (Calibri 11 pt, 2.5 cm margins) holds about
/// 550 words of running text, and about 500 once a heading, a list and a table take their room; a page here has
/// about 540 words in 24 paragraphs, so 50 pages are about 27,000 words in 1,200 paragraphs.
/// </remarks>
public static class Report
{
    public const int Pages = 50;
    public const string Website = "https://space-agency.public.lu/en/news-media.html";

    private const int ParagraphsPerPage = 10;

    public static string Title => Sentence(1);

    /// <summary>The running header: the release's title.</summary>
    public static string Header => Sentence(1);

    public static IReadOnlyList<ReportPage> Build()
    {
        var body = SampleRelease.Segments.Where(s => s.Kind == "paragraph").Select(s => s.Text[Language.En]).ToList();
        var pages = new List<ReportPage>(Pages);
        var next = 0;
        for (var page = 1; page <= Pages; page++)
        {
            var paragraphs = new List<IReadOnlyList<Span>>(ParagraphsPerPage);
            for (var i = 0; i < ParagraphsPerPage; i++)
            {
                // Paragraphs of one and of two sentences, in turn.
                var sentences = i % 2 == 0 ? 1 : 2;
                var spans = new List<Span>();
                for (var s = 0; s < sentences; s++, next++)
                {
                    if (s > 0)
                    {
                        spans.Add(new Span(" ", SpanStyle.Plain));
                    }

                    spans.AddRange(Formatted(body[next % body.Count], next));
                }

                paragraphs.Add(spans);
            }

            pages.Add(new ReportPage(
                $"Section {page}: {Sentence(2)}",
                paragraphs,
                [Sentence(6), Sentence(7), Sentence(10), Sentence(4)],
                [(Sentence(12), Sentence(13)), .. new[] { 14, 15, 16 }.Select(n => Split(Sentence(n)))],
                Sentence(11)));
        }

        return pages;
    }

    private static string Sentence(int number) => SampleRelease.Segments[number - 1].Text[Language.En];

    /// <summary>The second word bold, three words in the middle italic, and in every other sentence the last word a link.</summary>
    private static IEnumerable<Span> Formatted(string sentence, int index)
    {
        var words = sentence.Split(' ');
        if (words.Length < 8)
        {
            return [new Span(sentence, SpanStyle.Plain)];
        }

        var middle = words.Length / 2;
        var last = words[^1];
        var linked = index % 2 == 0 ? last.TrimEnd('.') : "";
        return
        [
            new Span(words[0] + " ", SpanStyle.Plain),
            new Span(words[1], SpanStyle.Bold),
            new Span(" " + string.Join(' ', words[2..middle]) + " ", SpanStyle.Plain),
            new Span(string.Join(' ', words[middle..(middle + 3)]), SpanStyle.Italic),
            new Span(" " + string.Join(' ', words[(middle + 3)..^1]) + " ", SpanStyle.Plain),
            .. linked.Length > 0
                ? new[] { new Span(linked, SpanStyle.Link), new Span(last[linked.Length..], SpanStyle.Plain) }
                : [new Span(last, SpanStyle.Plain)],
        ];
    }

    private static (string, string) Split(string contact)
    {
        var colon = contact.IndexOf(": ", StringComparison.Ordinal);
        return (contact[..(colon + 1)], contact[(colon + 2)..]);
    }
}

/// <summary>One page of the report.</summary>
public sealed record ReportPage(
    string Heading,
    IReadOnlyList<IReadOnlyList<Span>> Paragraphs,
    IReadOnlyList<string> ListItems,
    IReadOnlyList<(string Label, string Value)> Contacts,
    string Byline);

/// <summary>A run of text with one formatting.</summary>
public sealed record Span(string Text, SpanStyle Style);

public enum SpanStyle
{
    Plain,
    Bold,
    Italic,
    Link,
}
