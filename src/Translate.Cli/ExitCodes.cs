namespace Translate.Cli;

/// <summary>The process's exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A file could not be used: missing, too large, not UTF-8, malformed or for another document.</summary>
    public const int BadInput = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;
}
