using System.Text;
using Translate.Formats.Glossaries;
using Translate.Formats.Interchange;
using static Translate.Formats.Tests.Glossaries.GlossaryFiles;

namespace Translate.Formats.Tests.Glossaries;

/// <summary>The corpus under Fixtures/Glossaries/hostile: every file refused with its problem's code and a message naming it.</summary>
public class GlossaryHostileInputTests
{
    private const string Dtd = "The file declares a DTD (<!DOCTYPE>), which is refused";

    [Theory]
    [InlineData("billion-laughs.tbx", "file.unsafe.dtd", Dtd)]
    [InlineData("xxe-external-entity.tbx", "file.unsafe.dtd", Dtd)]
    [InlineData("not-xml.tbx", "file.malformed", "The file is not well-formed XML: Data at the root level is invalid. Line 1, position 1.")]
    [InlineData("wrong-root.tbx", "interchange.wrong-root", "The root element is <tmx>, not TBX's <tbx> (line 2).")]
    [InlineData("invalid-language.tbx", "glossary.invalid-language", "'Luxembourgish!' is not a language code (line 5).")]
    [InlineData("missing-language.tbx", "interchange.missing-language", "The xml:lang attribute is missing (line 4).")]
    [InlineData("duplicate-ids.tbx", "glossary.duplicate-entry", "The entry id 'c1' appears more than once (line 4).")]
    [InlineData("missing-id.tbx", "interchange.missing-id", "A <conceptEntry> has no id (line 3).")]
    [InlineData("forbidden-is-term.tbx", "glossary.invalid-entry",
        "The entry 'c7' is refused: 'luxembourg' cannot be both the approved fr term and a forbidden variant of it (line 3).")]
    [InlineData("no-entries.tbx", "glossary.empty", "The file holds no glossary entry with a term in en, fr, de, lb or zh.")]
    public void TbxReader_HostileFile_IsRefusedNamingTheProblem(string file, string code, string message)
    {
        using var stream = Fixture("hostile/" + file);

        var refusal = Assert.Throws<InterchangeFormatException>(() => TbxReader.Read(stream));

        Assert.Equal(code, refusal.Problem?.Code);
        Assert.StartsWith(message, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown-column.csv", "glossary.csv-unknown-column", "The column 'comment' is not a language code")]
    [InlineData("one-language.csv", "glossary.csv-too-few-languages", "The header names fewer than two of the languages en, fr, de, lb, zh")]
    [InlineData("ragged-row.csv", "glossary.csv-column-count", "The row has 2 columns, but the header has 3 (line 3).")]
    [InlineData("unclosed-quote.csv", "file.malformed", "The file is not well-formed CSV (a quote is not closed or stands inside a value) (line 2).")]
    [InlineData("latin1.csv", "glossary.csv-not-utf8", "The file is not valid UTF-8: save it as CSV UTF-8 and upload it again.")]
    [InlineData("not-yes-or-no.csv", "interchange.invalid-value", "The fr case-sensitive value 'maybe' is not yes or no (leave it empty for no) (line 2).")]
    [InlineData("duplicate-column.csv", "glossary.csv-duplicate-column", "The column 'fr-FR' appears more than once (line 1).")]
    [InlineData("forbidden-is-term.csv", "glossary.invalid-entry",
        "The entry 'Luxembourg' is refused: 'LUXEMBOURG' cannot be both the approved fr term and a forbidden variant of it (line 2).")]
    [InlineData("duplicate-ids.csv", "glossary.duplicate-entry", "The entry id 'c1' appears more than once (line 3).")]
    public void CsvReader_HostileFile_IsRefusedNamingTheProblem(string file, string code, string message)
    {
        using var stream = Fixture("hostile/" + file);

        var refusal = Assert.Throws<InterchangeFormatException>(() => GlossaryCsvReader.Read(stream));

        Assert.Equal(code, refusal.Problem?.Code);
        Assert.StartsWith(message, refusal.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<Stream, ReaderLimits, GlossaryImport>> Readers => new()
    {
        { "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\"><text><body>", TbxReader.Read },
        { "en,fr\n", GlossaryCsvReader.Read },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_FileLongerThanTheLimit_IsRefusedBeforeReading(string start, Func<Stream, ReaderLimits, GlossaryImport> read)
    {
        var bytes = new byte[ReaderLimits.DefaultMaxBytes + 1];
        Encoding.UTF8.GetBytes(start).CopyTo(bytes, 0);
        using var stream = new MemoryStream(bytes);

        var refusal = Assert.Throws<InterchangeFormatException>(() => read(stream, ReaderLimits.Default));

        Assert.Equal(("file.too-large", "The file is larger than the limit of 20,971,520 bytes."), (refusal.Problem?.Code, refusal.Message));
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_StreamOfUnknownLengthOverTheLimit_IsRefusedAtTheLimit(string start, Func<Stream, ReaderLimits, GlossaryImport> read)
    {
        using var stream = new UnseekableStream(Encoding.UTF8.GetBytes(start + new string(' ', 200 * 1024)));

        var refusal = Assert.Throws<InterchangeFormatException>(() => read(stream, new ReaderLimits { MaxBytes = 64 * 1024 }));

        Assert.Equal("The file is larger than the limit of 65,536 bytes.", refusal.Message);
    }

    /// <summary>An upload whose length is not known in advance.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
