using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats;
using Translate.Formats.Interchange;

namespace Translate.Cli;

/// <summary>A document named on the command line, read and segmented in its format.</summary>
public static class Documents
{
    public static SegmentedDocument Read(string path, Language language, Arguments arguments, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(terminal);
        var format = InputFiles.FormatOf(path);
        var text = InputFiles.ReadText(path, arguments.MaxBytes(ReaderLimits.DefaultMaxBytes), terminal.Input);
        return SourceFiles.Read(text, format, language);
    }
}
