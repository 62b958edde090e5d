using Translate.Formats.Interchange;

namespace Translate.Formats.Docx;

/// <summary>
/// Counts the bytes actually inflated from a zip package against the limits: declared sizes can lie, inflated bytes
/// cannot.
/// </summary>
internal sealed class InflationBudget(ReaderLimits limits)
{
    // Below this an entry's ratio says nothing: a small, very regular part compresses well without being a bomb.
    private const long RatioFloor = 1024 * 1024;

    private long _total;

    /// <summary>The entry's stream, refusing as soon as the package or the entry inflates past the limits.</summary>
    public Stream Open(string name, Stream inflating, long compressedLength) =>
        new CountingStream(inflating, (entryBytes, read) => Count(name, entryBytes, Math.Max(compressedLength, 1), read), leaveOpen: false);

    private void Count(string name, long entryBytes, long compressedLength, int read)
    {
        _total += read;
        if (_total > limits.MaxUncompressedBytes)
        {
            throw DocumentProblems.InflatesTooMuch(limits.MaxUncompressedBytes, name);
        }

        if (entryBytes > RatioFloor && entryBytes > compressedLength * limits.MaxCompressionRatio)
        {
            throw DocumentProblems.EntryInflatesTooMuch(name, limits.MaxCompressionRatio);
        }
    }
}
