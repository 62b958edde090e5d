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
        new CountingStream(this, name, inflating, Math.Max(compressedLength, 1));

    private void Count(string name, long entryBytes, long compressedLength, int read)
    {
        _total += read;
        if (_total > limits.MaxUncompressedBytes)
        {
            throw new DocumentFormatException(
                $"The document inflates to more than {limits.MaxUncompressedBytes:N0} bytes (a zip bomb?): refused while inflating '{name}'");
        }

        if (entryBytes > RatioFloor && entryBytes > compressedLength * limits.MaxCompressionRatio)
        {
            throw new DocumentFormatException(
                $"The document's entry '{name}' inflates to more than {limits.MaxCompressionRatio} times its compressed size (a zip bomb?)");
        }
    }

    private sealed class CountingStream(InflationBudget budget, string name, Stream inner, long compressedLength) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            _read += read;
            budget.Count(name, _read, compressedLength, read);
            return read;
        }
    }
}
