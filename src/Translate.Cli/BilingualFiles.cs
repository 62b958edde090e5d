using Translate.Formats.Interchange;

namespace Translate.Cli;

/// <summary>The bilingual formats the tool writes: XLIFF 2.1 (the default) and XLIFF 1.2; it reads both.</summary>
public static class BilingualFiles
{
    public const string Xliff2 = "xliff2";
    public const string Xliff12 = "xliff12";

    public static void Write(BilingualDocument document, string format, Stream stream)
    {
        if (format == Xliff12)
        {
            Xliff12Writer.Write(document, stream);
        }
        else
        {
            Xliff2Writer.Write(document, stream);
        }
    }
}
