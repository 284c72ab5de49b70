using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Text;
using NewsSearch.Ingest.Encodings;

namespace NewsSearch.Ingest;

/// <summary>
/// An opened input: gzip is undone transparently and the first bytes are kept for sniffing the
/// format, while the rest is still streamed (a JSONL archive is never loaded whole).
/// </summary>
internal sealed class InputDocument : IDisposable
{
    private const int SniffSize = 8192;
    private const int MaxControlShare = 20;

    // Below this many control bytes a head is never binary for them alone: a short story with a
    // stray BEL would otherwise be over the share.
    private const int MinControls = 8;
    private readonly Stream _stream;

    /// <summary>How many bytes the content has, when the file says so (not for gzip or pipes); 0 when unknown.</summary>
    private readonly long _knownLength;

    private InputDocument(string name, string logicalName, Stream stream, byte[] head, long knownLength)
    {
        Name = name;
        LogicalName = logicalName;
        _stream = stream;
        Head = head;
        _knownLength = knownLength;
    }

    /// <summary>The path as the user gave it, for messages.</summary>
    public string Name { get; }

    /// <summary>The file name without a <c>.gz</c> suffix, for choosing the format by extension.</summary>
    public string LogicalName { get; }

    /// <summary>The first bytes of the (decompressed) content.</summary>
    public byte[] Head { get; }

    public static InputDocument Open(Stream raw, string name)
    {
        var knownLength = raw.CanSeek ? raw.Length - raw.Position : 0;
        var head = ReadHead(raw, out var replay);
        var logicalName = name;
        if (head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            replay = new GZipStream(replay, CompressionMode.Decompress);
            head = ReadHead(replay, out replay);
            knownLength = 0;
            if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                logicalName = name[..^3];
            }
        }

        return new InputDocument(name, logicalName, replay, head, knownLength);
    }

    /// <summary>
    /// Whether the content looks binary: more control characters than any text has (random bytes
    /// have about one in eight), or NUL bytes in anything but JSON. A stray NUL in a JSON Lines
    /// archive makes only its record invalid, and a short text with a few BEL or backspace
    /// characters is still text.
    /// </summary>
    public bool LooksBinary()
    {
        if (HasUtf16Bom())
        {
            return false;
        }

        var nuls = 0;
        var controls = 0;
        foreach (var b in Head)
        {
            if (b == 0)
            {
                nuls++;
            }
            else if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
            {
                controls++;
            }
        }

        var tooMany = nuls + controls > Math.Max(MinControls, Head.Length / MaxControlShare);
        return tooMany || (nuls > 0 && !StartsLikeJson());
    }

    public TextReader OpenText() => new StreamReader(_stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    public string ReadAllText()
    {
        using var reader = OpenText();
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Reads the whole content and decodes it whatever its encoding (see <see cref="TextDecoding"/>);
    /// false, with nothing read past the limit, when it is longer than <paramref name="maxBytes"/>.
    /// </summary>
    public bool TryReadAllText(int maxBytes, [NotNullWhen(true)] out DecodedText? text, out string? warning)
    {
        // A file of known length is read straight into one pooled array, which the decoding empties at once;
        // a file longer than it said, or of unknown length, goes on through a growing buffer.
        var stated = _knownLength is > 0 and var length && length <= maxBytes ? (int)length : 0;
        var sized = ArrayPool<byte>.Shared.Rent(Math.Max(1, stated));
        try
        {
            var filled = 0;
            int read;
            while (filled < stated && (read = _stream.Read(sized, filled, stated - filled)) > 0)
            {
                filled += read;
            }

            Span<byte> probe = stackalloc byte[1];
            if (filled < stated || _stream.Read(probe) == 0)
            {
                text = TextDecoding.Decode(sized.AsSpan(0, filled), out warning);
                return true;
            }

            var buffer = new MemoryStream();
            buffer.Write(sized, 0, filled);
            buffer.Write(probe);
            var chunk = new byte[1 << 16];
            while (buffer.Length <= maxBytes)
            {
                if ((read = _stream.Read(chunk, 0, chunk.Length)) == 0)
                {
                    text = TextDecoding.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out warning);
                    return true;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sized);
        }

        text = null;
        warning = null;
        return false;
    }

    /// <summary>Opens the content as text in the encoding its head shows, counting undecodable bytes.</summary>
    public TextReader OpenDecodedText(out CountingDecoderFallback fallback) => TextDecoding.OpenReader(_stream, Head, out fallback);

    public void Dispose() => _stream.Dispose();

    private bool StartsLikeJson()
    {
        var start = Head.AsSpan();
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = start[3..];
        }

        start = start.TrimStart(" \t\r\n"u8);
        return start.Length > 0 && start[0] is (byte)'{' or (byte)'[';
    }

    private bool HasUtf16Bom() => Head.Length >= 2 && ((Head[0] == 0xff && Head[1] == 0xfe) || (Head[0] == 0xfe && Head[1] == 0xff));

    private static byte[] ReadHead(Stream stream, out Stream replay)
    {
        var buffer = new byte[SniffSize];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            // A first whole line is enough to choose the format; waiting for a full buffer would stall
            // a slow pipe such as `tail -f wires.jsonl | newssearch index -`.
            if (Array.IndexOf(buffer, (byte)'\n', filled, read) >= 0)
            {
                filled += read;
                break;
            }

            filled += read;
        }

        var head = buffer.AsSpan(0, filled).ToArray();
        replay = new ReplayStream(head, stream);
        return head;
    }

    /// <summary>A read-only stream that yields a prefix already read, then the rest of the inner stream.</summary>
    private sealed class ReplayStream(byte[] prefix, Stream inner) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return inner.Read(buffer);
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
}
