using System.Text;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;
using static Translate.Formats.Tests.Interchange.InterchangeSamples;

namespace Translate.Formats.Tests.Interchange;

/// <summary>The corpus under Fixtures/Interchange/hostile: every file refused with a message naming its problem.</summary>
public class HostileInputTests
{
    private const string Dtd = "The file declares a DTD (<!DOCTYPE>), which is refused";

    [Theory]
    [InlineData("xxe-external-entity.xlf", Dtd + ": it could read other files or expand entities without end.")]
    [InlineData("billion-laughs.xlf", Dtd)]
    [InlineData("not-xml.xlf", "The file is not well-formed XML: Data at the root level is invalid. Line 1, position 1.")]
    [InlineData("invalid-utf8.xlf", "The file is not well-formed XML: Invalid character in the given encoding.")]
    [InlineData("empty.xlf", "The file is not well-formed XML: Root element is missing.")]
    [InlineData("xliff12-given-to-xliff2.xlf", "This is an XLIFF 1.2 file, not XLIFF 2; read it as XLIFF 1.2 (line 2).")]
    [InlineData("wrong-root.xlf", "The root element is <html>, not XLIFF's <xliff> (line 2).")]
    [InlineData("wrong-version.xlf", "XLIFF version '3.0' is not 2.0, 2.1 or 2.2 (line 2).")]
    [InlineData("unit-without-id.xlf", "A <unit> has no id (line 5).")]
    [InlineData("duplicate-unit-ids.xlf", "The unit id appears more than once (line 5, unit 's7').")]
    [InlineData("unknown-inline-code.xlf", "<script> is not an XLIFF 2 inline element (line 4, unit 's1').")]
    [InlineData("unclosed-pc.xlf", "The file is not well-formed XML: The 'pc' start tag on line 4 position 42 does not match the end tag of 'source'.")]
    [InlineData("ec-without-sc.xlf", "Inline code '1' is closed but was never opened (line 4, unit 's1').")]
    [InlineData("unsupported-language.xlf", "trgLang 'zh-Hant' is not one of the languages en, fr, de, lb, zh (Simplified) (line 2).")]
    [InlineData("missing-target-language.xlf", "The trgLang attribute is missing (line 2).")]
    [InlineData("unknown-state.xlf", "State 'approved' is not an XLIFF 2 state (line 3, unit 's1').")]
    [InlineData("unexpected-target-language.xlf", "The file's target language is de, but fr was expected (line 2).")]
    public void Xliff2Reader_HostileFile_IsRefusedNamingTheProblem(string file, string expected)
    {
        using var stream = Fixture("hostile/" + file);

        var refusal = Assert.Throws<InterchangeFormatException>(() => Xliff2Reader.Read(stream, ReaderLimits.Default, Language.En, Language.Fr));

        Assert.StartsWith(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xxe-external-entity-12.xlf", Dtd)]
    [InlineData("trans-unit-without-id.xlf", "A <trans-unit> has no id (line 4).")]
    [InlineData("duplicate-trans-unit-ids.xlf", "The unit id appears more than once (line 5, unit 'a').")]
    [InlineData("unknown-inline-code-12.xlf", "<img> is not an XLIFF 1.2 inline element (line 4, unit 'a').")]
    [InlineData("bx-without-ex.xlf", "Inline code 'r1' is opened but never closed (line 4, unit 'a').")]
    [InlineData("unknown-state-12.xlf", "State 'done' is not an XLIFF 1.2 state (line 4, unit 'a').")]
    [InlineData("unexpected-target-language-12.xlf", "The file's target language is lb, but fr was expected (line 3).")]
    public void Xliff12Reader_HostileFile_IsRefusedNamingTheProblem(string file, string expected)
    {
        using var stream = Fixture("hostile/" + file);

        var refusal = Assert.Throws<InterchangeFormatException>(() => Xliff12Reader.Read(stream, ReaderLimits.Default, Language.En, Language.Fr));

        Assert.StartsWith(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xxe-external-entity.tmx", Dtd)]
    [InlineData("billion-laughs.tmx", Dtd)]
    [InlineData("ept-without-bpt.tmx", "An <ept i=\"1\"> has no <bpt> before it (line 3, unit '7').")]
    [InlineData("bpt-without-ept.tmx", "Inline code '1' is opened but never closed (line 3, unit '8').")]
    [InlineData("unknown-inline-code.tmx", "<b> is not a TMX inline element (line 3, unit '9').")]
    [InlineData("not-tmx.tmx", "The root element is <xliff>, not TMX's <tmx> (line 2).")]
    [InlineData("wrong-version.tmx", "TMX version '1.1' is not 1.4 (line 2).")]
    [InlineData("unexpected-source-language.tmx", "The file's source language is de, but en was expected (line 2).")]
    [InlineData("bad-date.tmx", "The date '2018-01-16' is not in TMX's form yyyyMMddTHHmmssZ (line 3, unit '10').")]
    [InlineData("missing-source-variant.tmx", "The unit has no variant in its source language en (line 3, unit '11').")]
    public void TmxReader_HostileFile_IsRefusedNamingTheProblem(string file, string expected)
    {
        using var stream = Fixture("hostile/" + file);

        var refusal = Assert.Throws<InterchangeFormatException>(() => TmxReader.Read(stream, ReaderLimits.Default, Language.En));

        Assert.StartsWith(expected, refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>Each reader, with the start of a file it accepts, so only the size can refuse an endless one.</summary>
    public static TheoryData<string, Action<Stream, ReaderLimits>> Readers => new()
    {
        {
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\">",
            (s, l) => Xliff2Reader.Read(s, l)
        },
        {
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file source-language=\"en\" target-language=\"fr\"><body>",
            (s, l) => Xliff12Reader.Read(s, l)
        },
        { "<tmx version=\"1.4\"><header srclang=\"en\"/><body>", (s, l) => TmxReader.Read(s, l) },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_FileLongerThanTheLimit_IsRefusedBeforeReading(string start, Action<Stream, ReaderLimits> read)
    {
        var bytes = new byte[ReaderLimits.DefaultMaxBytes + 1];
        Encoding.UTF8.GetBytes(start).CopyTo(bytes, 0);
        using var stream = new MemoryStream(bytes);

        var refusal = Assert.Throws<InterchangeFormatException>(() => read(stream, ReaderLimits.Default));

        Assert.Equal("The file is larger than the limit of 20,971,520 bytes.", refusal.Message);
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_EndlessStreamOfUnknownLength_IsRefusedAtTheLimit(string start, Action<Stream, ReaderLimits> read)
    {
        using var stream = new EndlessXml(start);

        var refusal = Assert.Throws<InterchangeFormatException>(() => read(stream, new ReaderLimits { MaxBytes = 64 * 1024 }));

        Assert.Equal("The file is larger than the limit of 65,536 bytes.", refusal.Message);
        Assert.InRange(stream.Served, 64 * 1024, 128 * 1024);
    }

    [Fact]
    public void Read_InlineCodesNestedThousandsDeep_IsRefusedWithoutExhaustingTheStack()
    {
        var deep = string.Concat(Enumerable.Range(1, 10_000).Select(i => $"<pc id=\"{i}\">")) + string.Concat(Enumerable.Repeat("</pc>", 10_000));
        var xml = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"fr\">"
            + $"<file id=\"f1\"><unit id=\"deep\"><segment><source>{deep}</source></segment></unit></file></xliff>";

        var refusal = Assert.Throws<InterchangeFormatException>(() => Xliff2Reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), ReaderLimits.Default));

        Assert.Equal("Inline elements are nested more than 64 deep (line 1, unit 'deep').", refusal.Message);
    }

    /// <summary>An upload whose length is not known: a file's start, then one comment for ever, counted as it is served.</summary>
    private sealed class EndlessXml(string start) : Stream
    {
        private static readonly byte[] Filler = Encoding.UTF8.GetBytes("<!-- filler -->");
        private readonly byte[] _start = Encoding.UTF8.GetBytes(start);

        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = Served < _start.Length ? _start[Served] : Filler[(Served - _start.Length) % Filler.Length];
                Served++;
            }

            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
