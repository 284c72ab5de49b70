using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsSearch.Ingest.Encodings;

/// <summary>
/// A whole input's text in a buffer borrowed from the shared array pool. A saved page is a few hundred
/// kilobytes: a fresh string for each one is a large-object allocation that the collector clears and the
/// kernel maps in again, page by page, for every file of a folder. Dispose hands the buffer back, so
/// nothing may hold <see cref="Memory"/> (or a parsed tree over it) past the reader that was given it.
/// </summary>
internal sealed class DecodedText : IDisposable
{
    private readonly int _length;
    private char[]? _buffer;

    private DecodedText(char[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The text; only until <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<char> Memory => _buffer?.AsMemory(0, _length) ?? throw new ObjectDisposedException(nameof(DecodedText));

    /// <summary>
    /// Valid UTF-8 (without a byte-order mark) decoded in one pass, which validates as it goes; null, with
    /// nothing borrowed, when the bytes are not valid UTF-8.
    /// </summary>
    public static DecodedText? TryUtf8(ReadOnlySpan<byte> bytes)
    {
        // UTF-8 never gives more UTF-16 code units than it has bytes.
        var buffer = Rent(bytes.Length);
        if (Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return new DecodedText(buffer, written);
        }

        ArrayPool<char>.Shared.Return(buffer);
        return null;
    }

    /// <summary>The bytes decoded with <paramref name="encoding"/>, invalid sequences replaced as it does.</summary>
    public static DecodedText From(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var buffer = Rent(encoding.GetMaxCharCount(bytes.Length));
        return new DecodedText(buffer, encoding.GetChars(bytes, buffer));
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // At least one element: the pool hands out the one shared empty array for a request of none, which is
    // not its to take back.
    private static char[] Rent(int length) => ArrayPool<char>.Shared.Rent(Math.Max(1, length));
}
