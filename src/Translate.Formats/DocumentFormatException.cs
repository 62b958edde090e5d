namespace Translate.Formats;

/// <summary>
/// A source document refused (broken, hostile, too large, not what its name says): the message names the problem in
/// English; <see cref="Problem"/> carries its code and values for the UI (see <see cref="DocumentProblems"/>).
/// </summary>
public sealed class DocumentFormatException : FormatException
{
    public DocumentFormatException()
    {
    }

    public DocumentFormatException(string message)
        : base(message)
    {
    }

    public DocumentFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DocumentFormatException(FileProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>The problem's code and values, or null for a refusal made without one.</summary>
    public FileProblem? Problem { get; }
}
