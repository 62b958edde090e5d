using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Html;

namespace Translate.Benchmarks.Documents;

/// <summary>
/// Extract and merge of the same 50-page report as a web page. Reading is measured against a bare AngleSharp parse
/// that visits every text node; merging against a bare AngleSharp rewrite (parse, set every text node, serialize).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class HtmlBenchmarks
{
    private string html = null!;
    private SegmentedDocument english = null!;
    private SegmentedDocument frenchTagged = null!;
    private SegmentedDocument frenchPlain = null!;

    [GlobalSetup]
    public void Setup()
    {
        html = HtmlReport.Build(Report.Build());
        english = Read();
        frenchTagged = FrenchTranslation.Tagged(english);
        frenchPlain = FrenchTranslation.Plain(english);

        // The figures are only worth something if a merge of the source's own segments gives the source back.
        if (!HtmlDocument.Read(MergeSource(), Language.En).Segments.SequenceEqual(english.Segments))
        {
            throw new InvalidOperationException("Merging the source's own segments does not read back as the source.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {Report.Pages} pages: {html.Length:N0} characters, {english.Blocks.Count:N0} blocks, {english.Segments.Count():N0} segments"));
    }

    [Benchmark(Baseline = true, Description = "Bare AngleSharp text walk")]
    [BenchmarkCategory("Read")]
    public int BareTextWalk()
    {
        using var document = new HtmlParser().ParseDocument(html);
        return document.Descendants<IText>().Sum(t => t.Data.Length);
    }

    [Benchmark(Description = "HtmlDocument.Read")]
    [BenchmarkCategory("Read")]
    public SegmentedDocument Read() => HtmlDocument.Read(html, Language.En);

    [Benchmark(Baseline = true, Description = "Bare AngleSharp rewrite")]
    [BenchmarkCategory("Merge")]
    public string BareRewrite()
    {
        using var document = new HtmlParser().ParseDocument(html);
        foreach (var text in document.Descendants<IText>())
        {
            text.Data = text.Data.ToUpperInvariant();
        }

        return document.DocumentElement.OuterHtml;
    }

    [Benchmark(Description = "HtmlDocument.Merge, the source's own segments")]
    [BenchmarkCategory("Merge")]
    public string MergeSource() => HtmlDocument.Merge(html, Language.En, english, Language.En);

    [Benchmark(Description = "HtmlDocument.Merge, French with the tags")]
    [BenchmarkCategory("Merge")]
    public string MergeFrenchTagged() => HtmlDocument.Merge(html, Language.En, frenchTagged, Language.Fr);

    [Benchmark(Description = "HtmlDocument.Merge, French without tags")]
    [BenchmarkCategory("Merge")]
    public string MergeFrenchPlain() => HtmlDocument.Merge(html, Language.En, frenchPlain, Language.Fr);
}
