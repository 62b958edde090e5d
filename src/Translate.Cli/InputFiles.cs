using System.Globalization;
using Translate.Domain.Documents;
using Translate.Formats;

namespace Translate.Cli;

/// <summary>Reads the files a command is given, or standard input for "-", refusing what is too large or not text.</summary>
public static class InputFiles
{
    public const string StandardInput = "-";

    /// <summary>The bytes of a file or of standard input, at most <paramref name="maxBytes"/> of them.</summary>
    public static byte[] ReadBytes(string path, long maxBytes, Func<Stream> standardInput)
    {
        ArgumentNullException.ThrowIfNull(standardInput);
        if (path == StandardInput)
        {
            using var input = standardInput();
            return ReadLimited(input, maxBytes, "Standard input");
        }

        if (Directory.Exists(path))
        {
            throw new CommandLineException($"'{path}' is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new CommandLineException($"The file '{path}' does not exist.");
        }

        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new CommandLineException(TooLarge($"The file '{path}'", maxBytes));
        }

        using var file = File.OpenRead(path);
        return ReadLimited(file, maxBytes, $"The file '{path}'");
    }

    /// <summary>A document's format from its extension (.txt, .md, .html, .docx, .json), plain text when there is none.</summary>
    public static SourceFormat FormatOf(string path)
    {
        if (path == StandardInput || Path.GetExtension(path).Length == 0)
        {
            return SourceFormat.PlainText;
        }

        return SourceFiles.FormatOf(path)
            ?? throw new CommandLineException(
                $"The file '{path}' has the unsupported extension '{Path.GetExtension(path)}': use {SourceFiles.ExtensionList}.");
    }

    public static string Describe(string path) => path == StandardInput ? "Standard input" : $"The file '{path}'";

    // A file can grow while it is read and standard input has no length: stop one byte past the limit.
    private static byte[] ReadLimited(Stream stream, long maxBytes, string what)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new CommandLineException(TooLarge(what, maxBytes));
            }
        }

        return buffer.ToArray();
    }

    private static string TooLarge(string what, long maxBytes) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what} is larger than the limit of {maxBytes:N0} bytes (raise it with --max-bytes).");
}
