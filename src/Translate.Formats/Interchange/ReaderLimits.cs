namespace Translate.Formats.Interchange;

/// <summary>How much an interchange reader accepts before it refuses a file, so a hostile upload cannot exhaust memory.</summary>
public sealed record ReaderLimits
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public static ReaderLimits Default { get; } = new();

    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Entries a zip package (DOCX) may hold; Word documents have a few dozen.</summary>
    public int MaxZipEntries { get; init; } = 1_000;

    /// <summary>Bytes all entries of a zip package may inflate to together, counted as they are inflated.</summary>
    public long MaxUncompressedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>
    /// How many times its compressed size an entry may inflate to once past a megabyte: Word's XML compresses about
    /// ten to one, a zip bomb a thousand to one.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;
}
