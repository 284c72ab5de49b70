using System.Buffers;
using BrotliDecoder = System.IO.Compression.BrotliDecoder;
using BrotliEncoder = System.IO.Compression.BrotliEncoder;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Indexing.Codec;

namespace NewsSearch.Benchmarks.Baselines;

/// <summary>
/// Brotli (System.IO.Compression, native) for stored-field chunks: an experiment for the
/// <c>stored</c> command, not used by NewsSearch, because it did not pay off on Reuters (barely
/// smaller than Deflate, and slower to load a document; benchmarks/README.md has the numbers). A chunk is written as its
/// compressed length (VInt) and the Brotli stream; reading one document stops decoding once that
/// document's bytes are out.
/// </summary>
internal sealed class BrotliCompressionMode : CompressionMode
{
    // Brotli's window need not exceed a chunk: 2^17 covers chunks up to 128 KB and keeps the
    // decoder's ring buffer small.
    private const int WindowBits = 17;

    private readonly int _quality;

    /// <param name="quality">Brotli quality, 0 (fastest) to 11 (smallest).</param>
    public BrotliCompressionMode(int quality)
    {
        _quality = quality;
    }

    public override Compressor NewCompressor() => new BrotliCompressor(_quality);

    public override Decompressor NewDecompressor() => new BrotliDecompressor();

    public override string ToString() => $"Brotli(quality {_quality})";

    private sealed class BrotliCompressor : Compressor
    {
        private readonly int _quality;
        private byte[] _buffer = [];

        public BrotliCompressor(int quality)
        {
            _quality = quality;
        }

        public override void Compress(byte[] bytes, int off, int len, DataOutput output)
        {
            if (len == 0)
            {
                output.WriteVInt32(0);
                return;
            }

            var bound = BrotliEncoder.GetMaxCompressedLength(len);
            if (_buffer.Length < bound)
            {
                _buffer = new byte[ArrayUtil.Oversize(bound, 1)];
            }

            if (!BrotliEncoder.TryCompress(bytes.AsSpan(off, len), _buffer, out var written, _quality, WindowBits))
            {
                throw new InvalidOperationException($"Brotli could not compress a stored-fields chunk of {len} bytes");
            }

            output.WriteVInt32(written);
            output.WriteBytes(_buffer, written);
        }
    }

    private sealed class BrotliDecompressor : Decompressor
    {
        private byte[] _compressed = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            var compressedLength = input.ReadVInt32();
            if (compressedLength == 0)
            {
                if (originalLength != 0)
                {
                    throw new CorruptIndexException($"empty Brotli chunk where {originalLength} bytes were expected (resource={input})");
                }

                bytes.Offset = bytes.Length = 0;
                return;
            }

            ChunkBuffers.ReadInto(input, compressedLength, ref _compressed);
            var needed = offset + length;
            ChunkBuffers.EnsureRoom(bytes, needed, originalLength);

            // Only the first offset + length bytes are wanted: decoding into exactly that much room
            // stops there (DestinationTooSmall) instead of inflating the whole chunk.
            using var decoder = new BrotliDecoder();
            var status = decoder.Decompress(_compressed.AsSpan(0, compressedLength), bytes.Bytes.AsSpan(0, needed), out _, out var written);
            var complete = needed == originalLength ? status == OperationStatus.Done : status is OperationStatus.DestinationTooSmall or OperationStatus.Done;
            if (!complete || written != needed)
            {
                throw new CorruptIndexException($"Brotli chunk decoded to {written} bytes ({status}) where {needed} of {originalLength} were expected (resource={input})");
            }

            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new BrotliDecompressor();
    }
}
