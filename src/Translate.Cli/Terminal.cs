using System.Text;

namespace Translate.Cli;

/// <summary>The process's standard streams: text out as UTF-8 with "\n" line ends, whatever the platform.</summary>
public sealed class Terminal(Func<Stream> input, Stream output, TextWriter error)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public Func<Stream> Input { get; } = input;

    public Stream Output { get; } = output;

    public TextWriter Error { get; } = error;

    public void Write(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Utf8.GetBytes(text);
        Output.Write(bytes, 0, bytes.Length);
        Output.Flush();
    }

    public void Warn(string message) => Error.Write($"warning: {message}\n");
}
