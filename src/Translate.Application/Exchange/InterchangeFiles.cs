using Translate.Application.Exports;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;

namespace Translate.Application.Exchange;

/// <summary>Bilingual and memory files as bytes, with the names and content types they are downloaded under.</summary>
public static class InterchangeFiles
{
    public const string XliffContentType = "application/xliff+xml";
    public const string TmxContentType = "application/x-tmx+xml";

    public static string XliffFileName(string slug, Language source, Language target) => $"{slug}-{source.Code()}-{target.Code()}.xlf";

    public static string TmxFileName(string slug) => $"{slug}.tmx";

    public static ExportFile Xliff(string slug, BilingualDocument document, XliffVersion version)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        if (version == XliffVersion.Xliff12)
        {
            Xliff12Writer.Write(document, stream);
        }
        else
        {
            Xliff2Writer.Write(document, stream);
        }

        return new ExportFile(XliffFileName(slug, document.SourceLanguage, document.TargetLanguage), XliffContentType, stream.ToArray());
    }

    public static ExportFile Tmx(string slug, IReadOnlyCollection<TranslationMemoryEntry> entries)
    {
        using var stream = new MemoryStream();
        TmxWriter.Write(entries, stream);
        return new ExportFile(TmxFileName(slug), TmxContentType, stream.ToArray());
    }
}
