namespace Translate.Formats;

/// <summary>
/// Reads through to another stream and reports every read (bytes so far, bytes just read) to a check that may refuse
/// by throwing: a limit for streams whose length is not known in advance (uploads, pipes) or whose declared sizes can
/// lie (zip entries).
/// </summary>
internal sealed class CountingStream(Stream inner, Action<long, int> check, bool leaveOpen) : Stream
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
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _read += read;
        check(_read, read);
        return read;
    }
}
