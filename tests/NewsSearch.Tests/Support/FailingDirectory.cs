using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Tests.Support;

/// <summary>
/// A Lucene directory that fails writes the way a full disk or a read-only folder does, once
/// <paramref name="allowedBytes"/> have been written through it: a full disk without root or mounts.
/// </summary>
internal sealed class FailingDirectory(LuceneDirectory input, long allowedBytes, Func<Exception> failure) : FilterDirectory(input)
{
    private long _written;

    public static Exception DiskFull() => new IOException("No space left on device");

    public static Exception ReadOnly() => new UnauthorizedAccessException("Access to the path is denied: read-only file system");

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        Spend(0);
        return new Output(base.CreateOutput(name, context), this);
    }

    /// <summary>Whether every fsync fails, as on a disk that fills up between write and sync.</summary>
    public bool FailSync { get; init; }

    public override void Sync(ICollection<string> names)
    {
        if (FailSync)
        {
            throw failure();
        }

        Spend(0);
        base.Sync(names);
    }

    private void Spend(long bytes)
    {
        if (Interlocked.Add(ref _written, bytes) > allowedBytes)
        {
            throw failure();
        }
    }

    private sealed class Output(IndexOutput inner, FailingDirectory owner) : IndexOutput
    {
        public override long Position => inner.Position;

        public override long Checksum => inner.Checksum;

        public override long Length => inner.Length;

        public override void WriteByte(byte b)
        {
            owner.Spend(1);
            inner.WriteByte(b);
        }

        public override void WriteBytes(byte[] b, int offset, int length)
        {
            owner.Spend(length);
            inner.WriteBytes(b, offset, length);
        }

        public override void Flush() => inner.Flush();

        [Obsolete("Lucene's own obsoletion; delegated as is.")]
        public override void Seek(long pos) => inner.Seek(pos);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
        }
    }
}
