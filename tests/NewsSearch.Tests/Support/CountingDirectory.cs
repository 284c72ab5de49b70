using System.Collections.Concurrent;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Tests.Support;

/// <summary>
/// A Lucene directory that tracks, for each file, the most handles open on it at once: a reader
/// keeps one open for as long as it lives, so two at once mean two readers of the same segment.
/// </summary>
internal sealed class CountingDirectory(LuceneDirectory input) : FilterDirectory(input)
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> MostOpenAtOnce { get; } = new(StringComparer.Ordinal);

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var open = _open.AddOrUpdate(name, 1, (_, count) => count + 1);
        MostOpenAtOnce.AddOrUpdate(name, open, (_, most) => Math.Max(most, open));
        return new TrackedInput(base.OpenInput(name, context), () => _open.AddOrUpdate(name, 0, (_, count) => count - 1));
    }

    private sealed class TrackedInput(IndexInput inner, Action closed) : IndexInput("tracked " + inner)
    {
        private bool _closed;

        public override long Position => inner.Position;

        public override long Length => inner.Length;

        public override byte ReadByte() => inner.ReadByte();

        public override void ReadBytes(byte[] b, int offset, int len) => inner.ReadBytes(b, offset, len);

        public override void Seek(long pos) => inner.Seek(pos);

        // Clones share the handle and are never closed themselves (Lucene's rule); they read through the original's inner input.
        public override object Clone() => inner.Clone();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_closed)
            {
                _closed = true;
                inner.Dispose();
                closed();
            }
        }
    }
}
