using System.Buffers;
using System.Text;
using UtfUnknown;

namespace NewsSearch.Ingest.Encodings;

/// <summary>
/// Turns bytes of unknown encoding into text: a byte-order mark wins, then valid UTF-8, then the
/// encoding the document declares, then a charset detector (for Windows-1252, GB18030, Big5 and
/// the like). Text that is mostly UTF-8 with a few broken sequences stays UTF-8, with a warning.
/// </summary>
internal static class TextDecoding
{
    // The detector's statistics settle well before this; reading more only costs time.
    private const int DetectionSample = 64 * 1024;
    private const float MinConfidence = 0.3f;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Decodes a whole input into a pooled buffer (dispose it when done); <paramref name="warning"/> says when
    /// bytes were lost or the encoding was a guess.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, out string? warning)
    {
        warning = null;
        if (FromByteOrderMark(bytes, out var bomLength) is { } bomEncoding)
        {
            return DecodedText.From(bomEncoding, bytes[bomLength..]);
        }

        if (DecodedText.TryUtf8(bytes) is { } utf8)
        {
            return utf8;
        }

        if (CharsetDeclaration.Find(bytes) is { } declared && Resolve(declared) is { } declaredEncoding && declaredEncoding.CodePage != Encoding.UTF8.CodePage && !IsWide(declaredEncoding))
        {
            return DecodedText.From(declaredEncoding, bytes);
        }

        var (multiByte, invalid) = CountUtf8(bytes);
        if (multiByte >= invalid)
        {
            warning = $"invalid UTF-8: {invalid} damaged byte {(invalid == 1 ? "sequence" : "sequences")} replaced";
            return DecodedText.From(Encoding.UTF8, bytes);
        }

        if (Detect(bytes) is { } detected)
        {
            return DecodedText.From(detected, bytes);
        }

        warning = "not UTF-8 and no encoding could be detected; read as Windows-1252";
        return DecodedText.From(Encoding.GetEncoding(1252), bytes);
    }

    /// <summary>
    /// Opens a streamed input (a feed) as text, choosing the encoding from what <paramref name="head"/> shows;
    /// <paramref name="fallback"/> counts the byte sequences that could not be decoded.
    /// </summary>
    public static TextReader OpenReader(Stream stream, ReadOnlySpan<byte> head, out CountingDecoderFallback fallback)
    {
        fallback = new CountingDecoderFallback();
        Encoding encoding;
        if (FromByteOrderMark(head, out _) is { } bomEncoding)
        {
            encoding = bomEncoding;
        }
        else if (CharsetDeclaration.Find(head) is { } declared && Resolve(declared) is { } declaredEncoding && !IsWide(declaredEncoding))
        {
            encoding = declaredEncoding;
        }
        else if (!LooksUtf8(head) && Detect(head) is { } detected)
        {
            encoding = detected;
        }
        else
        {
            encoding = Encoding.UTF8;
        }

        var counted = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, fallback);
        return new StreamReader(stream, counted, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>An encoding by its label, with the substitutions browsers make (Latin-1 is read as Windows-1252, GB2312 as GB18030).</summary>
    public static Encoding? Resolve(string label)
    {
        var name = label.Trim().ToUpperInvariant() switch
        {
            "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "LATIN-1" or "US-ASCII" or "ASCII" or "CP1252" => "windows-1252",
            "GB2312" or "GBK" or "X-GBK" or "CP936" => "GB18030",
            "BIG5-HKSCS" or "X-X-BIG5" => "big5",
            "UTF8" => "utf-8",
            _ => label.Trim(),
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// UTF-16 and UTF-32 declared in markup that was just read as ASCII cannot be true (browsers ignore such
    /// declarations too); only a byte-order mark says a file is in one of them.
    /// </summary>
    private static bool IsWide(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> bytes, out int length)
    {
        length = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            length = 3;
            return Encoding.UTF8;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            length = 4;
            return Encoding.UTF32;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            length = 4;
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            length = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    /// <summary>Whether the bytes are UTF-8, allowing a sequence cut off at the end of a sniffed head.</summary>
    private static bool LooksUtf8(ReadOnlySpan<byte> head)
    {
        var (multiByte, invalid) = CountUtf8(head);
        return invalid <= 1 || multiByte >= invalid;
    }

    private static (int MultiByte, int Invalid) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            bytes = bytes[ascii..];
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multiByte++;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (multiByte, invalid);
    }

    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, DetectionSample)].ToArray();
        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        if (detected is null || detected.Confidence < MinConfidence || detected.EncodingName is null)
        {
            return null;
        }

        var encoding = Resolve(detected.EncodingName);
        return encoding is null || encoding.CodePage == Encoding.UTF8.CodePage ? null : encoding;
    }
}
