using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace NewsSearch.Indexing.Codec;

/// <summary>
/// Lucene 4.6's codec with stored fields compressed by Deflate instead of LZ4. Article text is most
/// of an index's bytes, and Deflate stores it in about two thirds of the space. The reader
/// (<see cref="DeflateCompressionMode"/>) inflates only up to the wanted document, with native zlib, so
/// loading a stored article for a snippet costs less than managed LZ4 did. Brotli was slightly
/// smaller and slower to load, and so were 32 KB chunks, so Deflate in 16 KB chunks stays (the
/// `stored` benchmark command measures them; benchmarks/README.md has the numbers).
/// </summary>
[CodecName(CodecName)]
internal sealed class NewsCodec : FilterCodec
{
    public const string CodecName = "NewsSearch48";

    private const int ChunkSize = 1 << 14;

    private readonly StoredFieldsFormat _storedFields =
        new CompressingStoredFieldsFormat("NewsSearchStoredFields", DeflateCompressionMode.Instance, ChunkSize);

    public NewsCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;
}
