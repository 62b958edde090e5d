using System.Text;
using System.Xml;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;

namespace Translate.Benchmarks.Interchange;

/// <summary>The same 10,000 sentences of the press release (English to French) in each interchange format.</summary>
public sealed class InterchangeFiles
{
    public const int Units = 10_000;

    public InterchangeFiles()
    {
        Document = PressReleaseCorpus.Bilingual(Units, Language.Fr);
        Memory = PressReleaseCorpus.Memory(Document);
        Xliff2 = Written(s => Xliff2Writer.Write(Document, s));
        Xliff12 = Written(s => Xliff12Writer.Write(Document, s));
        Tmx = Written(s => TmxWriter.Write(Memory, s));
    }

    public BilingualDocument Document { get; }

    public IReadOnlyList<TranslationMemoryEntry> Memory { get; }

    public byte[] Xliff2 { get; }

    public byte[] Xliff12 { get; }

    public byte[] Tmx { get; }

    /// <summary>
    /// UTF-8 without a byte-order mark, as the Translate writers; no indenting, because the bare pass writes a tree
    /// that keeps the indenting whitespace of the file it was loaded from, so it gives the very same bytes.
    /// </summary>
    public static XmlWriterSettings WriterSettings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    /// <summary>The settings the Translate readers use (no DTD, no resolver), for the bare pass.</summary>
    public static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static byte[] Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
