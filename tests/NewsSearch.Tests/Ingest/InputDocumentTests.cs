using System.Text;
using NewsSearch.Ingest;

namespace NewsSearch.Tests.Ingest;

/// <summary>
/// Reading a whole input whose stated length may be wrong: a file that grows or shrinks while it is
/// read, a pipe with no length, and inputs over the limit.
/// </summary>
public sealed class InputDocumentTests
{
    private static readonly string Text = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"word{i} ")) + "café";

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-100_000)]
    [InlineData(+1)]
    [InlineData(+100_000)]
    public void TryReadAllText_StatedLengthOffBy_ReadsExactlyWhatIsThere(int error)
    {
        var bytes = Encoding.UTF8.GetBytes(Text);
        using var document = InputDocument.Open(new MisstatedLengthStream(bytes, bytes.Length + error), "page.html");

        Assert.True(document.TryReadAllText(1 << 24, out var text, out var warning));

        using (text)
        {
            Assert.Equal(Text, text.Memory.ToString());
        }

        Assert.Null(warning);
    }

    [Fact]
    public void TryReadAllText_PipeWithoutLength_ReadsItAll()
    {
        using var document = InputDocument.Open(new NoLengthStream(Encoding.UTF8.GetBytes(Text)), "-");

        Assert.True(document.TryReadAllText(1 << 24, out var text, out _));
        using (text)
        {
            Assert.Equal(Text, text.Memory.ToString());
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TryReadAllText_OverTheLimit_IsRefusedWhetherOrNotTheLengthIsKnown(bool lengthKnown)
    {
        var bytes = Encoding.UTF8.GetBytes(Text);
        Stream stream = lengthKnown ? new MemoryStream(bytes) : new NoLengthStream(bytes);
        using var document = InputDocument.Open(stream, "page.html");

        Assert.False(document.TryReadAllText(bytes.Length - 1, out var text, out _));
        Assert.Null(text);
    }

    [Fact]
    public void TryReadAllText_ExactlyAtTheLimit_IsRead()
    {
        var bytes = Encoding.UTF8.GetBytes(Text);
        using var document = InputDocument.Open(new NoLengthStream(bytes), "page.html");

        Assert.True(document.TryReadAllText(bytes.Length, out var text, out _));
        using (text)
        {
            Assert.Equal(Text, text.Memory.ToString());
        }
    }

    [Fact]
    public void Read_ShortPageAfterALongOne_HoldsNothingOfTheLongOne()
    {
        // Both pages are decoded into buffers borrowed from one pool: the second reuses the first's.
        var longBody = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"lengthy{i} "));
        var longPage = $"<html><head><title>Harbour dredging plan</title></head><body><article><h1>Harbour dredging plan</h1><p>{longBody}.</p></article></body></html>";
        const string ShortPage = "<html><head><title>Ferry strike ends</title></head><body><article><h1>Ferry strike ends</h1><p>Crews returned to work on Monday after a deal on night shifts.</p></article></body></html>";

        var first = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(longPage)), "long.html").Single();
        var second = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(ShortPage)), "short.html").Single();

        Assert.Contains("lengthy19999", first.Article!.Body, StringComparison.Ordinal);
        Assert.Equal("Ferry strike ends", second.Article!.Title);
        Assert.Equal("Crews returned to work on Monday after a deal on night shifts.", second.Article.Body);
    }

    /// <summary>A file whose length, as stated when it was opened, is not what reading it gives.</summary>
    private sealed class MisstatedLengthStream(byte[] content, long statedLength) : MemoryStream(content)
    {
        public override long Length => statedLength;
    }

    /// <summary>A pipe: readable once, no length, no seeking.</summary>
    private sealed class NoLengthStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1000));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
