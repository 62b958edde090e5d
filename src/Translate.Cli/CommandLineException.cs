namespace Translate.Cli;

/// <summary>A run refused: its message goes to stderr as it is, its exit code says whose fault it was.</summary>
public sealed class CommandLineException : Exception
{
    public CommandLineException()
    {
    }

    public CommandLineException(string message)
        : this(message, ExitCodes.BadInput)
    {
    }

    public CommandLineException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.BadInput;
    }

    public CommandLineException(string message, int exitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; } = ExitCodes.BadInput;

    /// <summary>The command line itself is wrong: an unknown option, a missing argument, an unknown language.</summary>
    public static CommandLineException Usage(string message) => new(message, ExitCodes.Usage);
}
