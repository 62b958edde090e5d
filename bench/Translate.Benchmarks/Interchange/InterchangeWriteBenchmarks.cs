using System.Xml;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using Translate.Formats.Interchange;

namespace Translate.Benchmarks.Interchange;

/// <summary>
/// Writing 10,000 segments, against the floor: the same XLIFF 2.1 XML, already in memory as an
/// <see cref="XDocument"/>, written through an <see cref="XmlWriter"/> with the same settings. The output stream is
/// reused, so its growth is not measured.
/// </summary>
[MemoryDiagnoser]
public class InterchangeWriteBenchmarks
{
    private InterchangeFiles files = null!;
    private XDocument xliff2Xml = null!;
    private MemoryStream output = null!;

    [GlobalSetup]
    public void Setup()
    {
        files = new InterchangeFiles();
        xliff2Xml = XDocument.Load(new MemoryStream(files.Xliff2), LoadOptions.PreserveWhitespace);
        output = new MemoryStream(files.Xliff12.Length * 2);

        // The floor is only a floor if it writes what Xliff2Writer writes.
        BareXmlWriter();
        if (!output.ToArray().AsSpan().SequenceEqual(files.Xliff2))
        {
            throw new InvalidOperationException("The bare XmlWriter pass does not give the bytes Xliff2Writer wrote.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => output.Dispose();

    [Benchmark(Baseline = true, Description = "Bare XmlWriter pass (XLIFF 2.1 XML)")]
    public long BareXmlWriter()
    {
        output.SetLength(0);
        using (var xml = XmlWriter.Create(output, InterchangeFiles.WriterSettings))
        {
            xliff2Xml.Save(xml);
        }

        return output.Length;
    }

    [Benchmark(Description = "Xliff2Writer")]
    public long Xliff2()
    {
        output.SetLength(0);
        Xliff2Writer.Write(files.Document, output);
        return output.Length;
    }

    [Benchmark(Description = "Xliff12Writer")]
    public long Xliff12()
    {
        output.SetLength(0);
        Xliff12Writer.Write(files.Document, output);
        return output.Length;
    }

    [Benchmark(Description = "TmxWriter")]
    public long Tmx()
    {
        output.SetLength(0);
        TmxWriter.Write(files.Memory, output);
        return output.Length;
    }
}
