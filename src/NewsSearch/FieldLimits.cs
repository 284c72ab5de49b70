using System.Text;

namespace NewsSearch;

/// <summary>
/// How much of an article the index keeps in one field. Lucene refuses a term or doc value over
/// 32,766 bytes and aborts the whole batch, so values are cut before they reach it.
/// </summary>
internal static class FieldLimits
{
    /// <summary>
    /// The most UTF-8 bytes of a keyword field (url, source, section, byline, language, a tag) and
    /// of an id. Well under Lucene's 32,766, since lower-casing and folding can lengthen the term.
    /// </summary>
    public const int MaxKeywordBytes = 8192;

    /// <summary>The most tags, and captions, one article keeps.</summary>
    public const int MaxListItems = 1000;

    /// <summary>The longest prefix of <paramref name="value"/> within <paramref name="maxBytes"/> UTF-8 bytes, never splitting a character.</summary>
    public static string Cut(string value, int maxBytes = MaxKeywordBytes)
    {
        if (Encoding.UTF8.GetMaxByteCount(value.Length) <= maxBytes || Encoding.UTF8.GetByteCount(value) <= maxBytes)
        {
            return value;
        }

        var bytes = 0;
        var end = 0;
        while (end < value.Length)
        {
            var length = char.IsHighSurrogate(value[end]) && end + 1 < value.Length && char.IsLowSurrogate(value[end + 1]) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(value.AsSpan(end, length));
            if (bytes + size > maxBytes)
            {
                break;
            }

            bytes += size;
            end += length;
        }

        return value[..end];
    }
}
