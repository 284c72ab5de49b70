using System.Globalization;

namespace NewsSearch.Analysis.Synonyms;

/// <summary>A read-only stream that fails once more than a set number of bytes have been read from it.</summary>
internal sealed class BoundedStream(Stream inner, long maxBytes, string path) : Stream
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

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <exception cref="NewsSearchException">The stream is longer than the bound.</exception>
    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (_read > maxBytes)
        {
            throw new NewsSearchException(string.Create(CultureInfo.InvariantCulture, $"the synonyms file '{path}' is larger than {maxBytes >> 20} MB, the most read as one"));
        }

        return n;
    }

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
}
