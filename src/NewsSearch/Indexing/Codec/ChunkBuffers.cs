using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsSearch.Indexing.Codec;

/// <summary>The buffers a stored-fields decompressor reuses from one chunk to the next.</summary>
internal static class ChunkBuffers
{
    /// <summary>Reads <paramref name="length"/> compressed bytes into <paramref name="buffer"/>, growing it when too small.</summary>
    public static void ReadInto(DataInput input, int length, ref byte[] buffer)
    {
        if (buffer.Length < length)
        {
            buffer = new byte[ArrayUtil.Oversize(length, 1)];
        }

        input.ReadBytes(buffer, 0, length);
    }

    /// <summary>Makes room for the first <paramref name="needed"/> bytes of a chunk in <paramref name="bytes"/>, sized for the whole chunk when it must grow.</summary>
    public static void EnsureRoom(BytesRef bytes, int needed, int chunkLength)
    {
        if (bytes.Bytes.Length < needed)
        {
            bytes.Bytes = new byte[ArrayUtil.Oversize(chunkLength, 1)];
        }
    }
}
