using System.Globalization;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;
using Translate.Formats.Docx;
using Translate.Formats.Interchange;

namespace Translate.Benchmarks.Documents;

/// <summary>
/// Extract and merge of the 50-page report as a Word document. Reading is measured against a bare OpenXml text walk
/// (open the package, visit every <c>w:t</c> of the body, header and footer); merging against a bare OpenXml
/// rewrite (open an editable copy, set every <c>w:t</c>, save).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DocxBenchmarks
{
    private byte[] docx = null!;
    private SegmentedDocument english = null!;
    private SegmentedDocument frenchPlain = null!;
    private SegmentedDocument frenchTagged = null!;

    [GlobalSetup]
    public void Setup()
    {
        docx = DocxReport.Build(Report.Build());
        english = Read();
        frenchPlain = FrenchTranslation.Plain(english);
        frenchTagged = FrenchTranslation.Tagged(english);
        Check();

        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var xml = zip.Entries.Sum(e => e.Length);
        var words = english.Blocks.Sum(b => TextCounter.Count(b.PlainText(Language.En), Language.En));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {Report.Pages} pages: {docx.Length:N0} bytes ({xml:N0} unzipped), {english.Blocks.Count:N0} blocks, {english.Segments.Count():N0} segments, {words:N0} words, {english.Segments.Count(InlineTags.HasTags):N0} segments with tags"));
    }

    [Benchmark(Baseline = true, Description = "Bare OpenXml text walk")]
    [BenchmarkCategory("Read")]
    public int BareTextWalk()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);
        return Texts(document).Sum(t => t.Text.Length);
    }

    [Benchmark(Description = "DocxDocument.Read")]
    [BenchmarkCategory("Read")]
    public SegmentedDocument Read() => DocxDocument.Read(docx, Language.En, ReaderLimits.Default);

    [Benchmark(Baseline = true, Description = "Bare OpenXml rewrite")]
    [BenchmarkCategory("Merge")]
    public byte[] BareRewrite()
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            foreach (var text in Texts(document))
            {
                text.Text = text.Text.ToUpperInvariant();
            }

            document.Save();
        }

        return stream.ToArray();
    }

    [Benchmark(Description = "DocxDocument.Merge, the source's own segments")]
    [BenchmarkCategory("Merge")]
    public byte[] MergeSource() => DocxDocument.Merge(docx, Language.En, english, Language.En, ReaderLimits.Default);

    [Benchmark(Description = "DocxDocument.Merge, French with the tags")]
    [BenchmarkCategory("Merge")]
    public byte[] MergeFrenchTagged() => DocxDocument.Merge(docx, Language.En, frenchTagged, Language.Fr, ReaderLimits.Default);

    [Benchmark(Description = "DocxDocument.Merge, French without tags")]
    [BenchmarkCategory("Merge")]
    public byte[] MergeFrenchPlain() => DocxDocument.Merge(docx, Language.En, frenchPlain, Language.Fr, ReaderLimits.Default);

    private static IEnumerable<Text> Texts(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        return main.Document!.Descendants<Text>()
            .Concat(main.HeaderParts.SelectMany(h => h.Header!.Descendants<Text>()))
            .Concat(main.FooterParts.SelectMany(f => f.Footer!.Descendants<Text>()));
    }

    /// <summary>The figures are only worth something if every merge gives back what it was given.</summary>
    private void Check()
    {
        var again = DocxDocument.Read(MergeSource(), Language.En, ReaderLimits.Default);
        if (!again.Segments.SequenceEqual(english.Segments))
        {
            throw new InvalidOperationException("Merging the source's own segments does not read back as the source.");
        }

        foreach (var (merged, french) in new[] { (MergeFrenchTagged(), frenchTagged), (MergeFrenchPlain(), frenchPlain) })
        {
            var read = DocxDocument.Read(merged, Language.Fr, ReaderLimits.Default);
            var have = string.Concat(read.Blocks.Select(b => b.PlainText(Language.Fr)));
            var want = string.Concat(french.Blocks.Select(b => b.PlainText(Language.Fr)));
            if (have != want)
            {
                throw new InvalidOperationException("A French merge does not read back as the French text it was given.");
            }
        }
    }
}
