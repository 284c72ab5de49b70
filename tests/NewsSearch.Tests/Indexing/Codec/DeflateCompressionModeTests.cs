using System.Text;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Indexing.Codec;
using NewsSearch.Tests.Support;
using LuceneCodec = Lucene.Net.Codecs.Codec;

namespace NewsSearch.Tests.Indexing.Codec;

public sealed class DeflateCompressionModeTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "a",
        "Zürich, São Paulo, Kraków, 東京, Москва — “quoted” – 1.5% ☕",
        string.Concat(Enumerable.Range(0, 4000).Select(i => $"Paragraph {i}: the harbour council met again, ümlaut ñ 東 {i * 7919 % 1000}.\n")),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Decompress_WholeChunk_ReturnsTheOriginalBytes(string text)
    {
        var original = Encoding.UTF8.GetBytes(text);
        var compressed = Compress(DeflateCompressionMode.Instance, original);

        var bytes = Decompress(DeflateCompressionMode.Instance, compressed, original.Length, 0, original.Length);

        Assert.Equal(original, bytes);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Decompress_OneDocumentOfTheChunk_ReturnsItsBytes(string text)
    {
        var original = Encoding.UTF8.GetBytes(text);
        var compressed = Compress(DeflateCompressionMode.Instance, original);
        var (offset, length) = (original.Length / 3, original.Length / 4);

        var bytes = Decompress(DeflateCompressionMode.Instance, compressed, original.Length, offset, length);

        Assert.Equal(original.AsSpan(offset, length).ToArray(), bytes);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Format_IsLucenesDeflate_BothWays(string text)
    {
        // Indexes written before the early-stopping reader must read the same, and the other way round.
        var original = Encoding.UTF8.GetBytes(text);

        Assert.Equal(original, Decompress(DeflateCompressionMode.Instance, Compress(CompressionMode.HIGH_COMPRESSION, original), original.Length, 0, original.Length));
        Assert.Equal(original, Decompress(CompressionMode.HIGH_COMPRESSION, Compress(DeflateCompressionMode.Instance, original), original.Length, 0, original.Length));
    }

    [Fact]
    public void Index_ManyChunksOfNonAsciiText_ReadsBackByteExact()
    {
        // About 90 chunks of 16 KB, and three articles larger than two chunks (Lucene splits those into blocks).
        using var folder = new TempFolder();
        var random = new Random(5);
        var words = new[] { "harbour", "Zürich", "São", "東京", "Москва", "ferry", "“council”", "—", "1.5%", "timetable" };
        var articles = Enumerable.Range(0, 300)
            .Select(i => Articles.Any(id: $"a{i}", title: $"Story {i}", body: string.Join(' ', Enumerable.Range(0, i % 100 == 0 ? 8000 : random.Next(1, 1500)).Select(_ => words[random.Next(words.Length)]))))
            .ToList();
        using (var writer = NewsIndexWriter.Open(folder.Path))
        {
            writer.UpsertAll(articles);
        }

        using var searcher = NewsSearcher.Open(folder.Path);
        foreach (var article in articles)
        {
            Assert.Equal(article.Body, searcher.Get(article.Id)!.Body);
        }
    }

    [Fact]
    public void CodecName_OfExistingIndexes_StillResolves()
    {
        NewsCodecFactory.EnsureRegistered();

        Assert.IsType<NewsCodec>(LuceneCodec.ForName("NewsSearch48"));
    }

    private static byte[] Compress(CompressionMode mode, byte[] original)
    {
        var output = new byte[original.Length + 1024];
        var data = new ByteArrayDataOutput(output);
        mode.NewCompressor().Compress(original, 0, original.Length, data);
        return output.AsSpan(0, data.Position).ToArray();
    }

    private static byte[] Decompress(CompressionMode mode, byte[] compressed, int originalLength, int offset, int length)
    {
        var bytes = new BytesRef();
        var input = new ByteArrayDataInput(compressed);
        mode.NewDecompressor().Decompress(input, originalLength, offset, length, bytes);
        Assert.True(length == 0 || input.Position == compressed.Length, "the decompressor reads exactly its chunk");
        return bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray();
    }
}
