using System.Globalization;
using System.Xml;
using BenchmarkDotNet.Attributes;
using Translate.Formats.Interchange;

namespace Translate.Benchmarks.Interchange;

/// <summary>
/// Reading 10,000 segments back, against the floor: a bare <see cref="XmlReader"/> pass over the same XLIFF 2.1 bytes
/// with the same safe settings, which only tokenizes the XML and builds nothing.
/// </summary>
[MemoryDiagnoser]
public class InterchangeReadBenchmarks
{
    private InterchangeFiles files = null!;

    [GlobalSetup]
    public void Setup()
    {
        files = new InterchangeFiles();

        // Each reader must read every unit back, or the figures would time a failure.
        var counts = (Xliff2().Units.Count, Xliff12().Units.Count, Tmx().Count);
        if (counts != (InterchangeFiles.Units, InterchangeFiles.Units, InterchangeFiles.Units))
        {
            throw new InvalidOperationException($"Read back {counts} units instead of {InterchangeFiles.Units} in each format.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {InterchangeFiles.Units:N0} units: XLIFF 2.1 {files.Xliff2.Length:N0} bytes, XLIFF 1.2 {files.Xliff12.Length:N0} bytes, TMX {files.Tmx.Length:N0} bytes"));
    }

    [Benchmark(Baseline = true, Description = "Bare XmlReader pass (XLIFF 2.1 bytes)")]
    public int BareXmlReader()
    {
        using var xml = XmlReader.Create(new MemoryStream(files.Xliff2), InterchangeFiles.ReaderSettings);
        var nodes = 0;
        while (xml.Read())
        {
            nodes++;
        }

        return nodes;
    }

    [Benchmark(Description = "Xliff2Reader")]
    public BilingualDocument Xliff2() => Xliff2Reader.Read(new MemoryStream(files.Xliff2), ReaderLimits.Default);

    [Benchmark(Description = "Xliff12Reader")]
    public BilingualDocument Xliff12() => Xliff12Reader.Read(new MemoryStream(files.Xliff12), ReaderLimits.Default);

    [Benchmark(Description = "TmxReader")]
    public IReadOnlyList<TranslationMemoryEntry> Tmx() => TmxReader.Read(new MemoryStream(files.Tmx), ReaderLimits.Default);
}
