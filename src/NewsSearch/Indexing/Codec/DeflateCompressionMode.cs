using System.IO.Compression;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneCompressionMode = Lucene.Net.Codecs.Compressing.CompressionMode;
using LuceneCompressor = Lucene.Net.Codecs.Compressing.Compressor;
using LuceneDecompressor = Lucene.Net.Codecs.Compressing.Decompressor;

namespace NewsSearch.Indexing.Codec;

/// <summary>
/// Lucene's Deflate stored-fields compression (<see cref="LuceneCompressionMode.HIGH_COMPRESSION"/>,
/// the same bytes on disk) with a faster reader. Lucene's decompressor inflates the whole chunk into
/// a growing stream and copies it out for every document; this one inflates into a reused buffer and
/// stops once the wanted document's bytes are out, so loading the body for a snippet costs about
/// half a chunk's inflation instead of a whole one plus copies.
/// </summary>
internal sealed class DeflateCompressionMode : LuceneCompressionMode
{
    public static DeflateCompressionMode Instance { get; } = new();

    private DeflateCompressionMode()
    {
    }

    public override LuceneCompressor NewCompressor() => HIGH_COMPRESSION.NewCompressor();

    public override LuceneDecompressor NewDecompressor() => new EarlyStopDecompressor();

    public override string ToString() => "Deflate";

    private sealed class EarlyStopDecompressor : LuceneDecompressor
    {
        private byte[] _compressed = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            // As Lucene's Deflate decompressor: nothing wanted, nothing read.
            if (length == 0)
            {
                bytes.Length = 0;
                return;
            }

            var compressedLength = input.ReadVInt32();
            ChunkBuffers.ReadInto(input, compressedLength, ref _compressed);
            var needed = offset + length;
            ChunkBuffers.EnsureRoom(bytes, needed, originalLength);

            int read;
            using (var inflater = new DeflateStream(new MemoryStream(_compressed, 0, compressedLength, writable: false), CompressionMode.Decompress))
            {
                read = inflater.ReadAtLeast(bytes.Bytes.AsSpan(0, needed), needed, throwOnEndOfStream: false);
            }

            if (read != needed)
            {
                throw new CorruptIndexException($"Length mismatch: the chunk inflated to {read} bytes where {needed} of {originalLength} were expected (resource={input})");
            }

            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new EarlyStopDecompressor();
    }
}
