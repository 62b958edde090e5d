using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats;
using Translate.Formats.Interchange;

namespace Translate.Cli;

/// <summary>A document named on the command line, read and segmented in its format.</summary>
public static class Documents
{
    /// <summary>The one document of a command that takes its path and its language, --lang (count, segment).</summary>
    public static (SegmentedDocument Document, Language Language) ReadWithLanguage(Arguments arguments, string usage, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(terminal);
        arguments.Expect(1, usage, "--lang", "--max-bytes");
        var language = arguments.Language("--lang");
        return (Read(arguments.Positionals[0], language, arguments, terminal), language);
    }

    public static SegmentedDocument Read(string path, Language language, Arguments arguments, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(terminal);
        var limits = new ReaderLimits { MaxBytes = arguments.MaxBytes(ReaderLimits.DefaultMaxBytes) };
        return Read(path, InputFiles.ReadBytes(path, limits.MaxBytes, terminal.Input), language, limits);
    }

    /// <summary>The document's bytes read in the format its name says (plain text for standard input).</summary>
    public static SegmentedDocument Read(string path, byte[] content, Language language, ReaderLimits limits)
    {
        try
        {
            return SourceFiles.Read(content, InputFiles.FormatOf(path), language, limits);
        }
        catch (FormatException e)
        {
            throw new CommandLineException($"{InputFiles.Describe(path)} is refused: {e.Message}", e);
        }
    }
}
