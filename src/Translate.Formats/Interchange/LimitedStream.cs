namespace Translate.Formats.Interchange;

/// <summary>
/// Reads through to another stream and refuses once more than the limit has passed, for streams (uploads, pipes)
/// whose length is not known in advance.
/// </summary>
internal sealed class LimitedStream(Stream inner, long maxBytes) : Stream
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

    private int Count(int read)
    {
        _read += read;
        if (_read > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        return read;
    }

    public static InterchangeFormatException TooLarge(long maxBytes) =>
        new($"The file is larger than the limit of {maxBytes:N0} bytes", line: null);
}
