using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NewsSearch.Indexing.Arrival;

/// <summary>A 64-bit hash of everything an article says, so an unchanged re-upsert can be told from a correction.</summary>
internal static class ContentHash
{
    public static long Compute(NewsArticle article)
    {
        var hash = new XxHash3();
        Append(hash, article.Url);
        Append(hash, article.Title);
        Append(hash, article.Subtitle);
        Append(hash, article.Byline);
        Append(hash, article.Source);
        Append(hash, article.Dateline);
        Append(hash, article.Published?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Append(hash, article.Section);
        Append(hash, article.Language);
        Append(hash, article.Body);
        foreach (var tag in article.Tags)
        {
            Append(hash, tag);
        }

        Append(hash, "\0captions");
        foreach (var caption in article.Captions)
        {
            Append(hash, caption);
        }

        return unchecked((long)hash.GetCurrentHashAsUInt64());
    }

    private static void Append(XxHash3 hash, string? value)
    {
        // A separator after every value, and a distinct one for null, so ("ab", "c") never hashes as ("a", "bc").
        ReadOnlySpan<char> separator = value is null ? "\u0001" : "\u0000";
        if (value is not null)
        {
            hash.Append(MemoryMarshal.AsBytes(value.AsSpan()));
        }

        hash.Append(MemoryMarshal.AsBytes(separator));
    }
}
