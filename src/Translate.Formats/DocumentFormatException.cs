namespace Translate.Formats;

/// <summary>A source document refused (broken, hostile, too large, not what its name says): the message names the problem.</summary>
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
}
