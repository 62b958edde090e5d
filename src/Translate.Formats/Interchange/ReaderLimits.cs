namespace Translate.Formats.Interchange;

/// <summary>How much an interchange reader accepts before it refuses a file, so a hostile upload cannot exhaust memory.</summary>
public sealed record ReaderLimits
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public static ReaderLimits Default { get; } = new();

    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
