using System.IO.Hashing;
using System.Text;

namespace NewsSearch.Ingest;

/// <summary>
/// Derives a stable id for an article whose input has none, so indexing the same input twice
/// replaces rather than duplicates it.
/// </summary>
internal static class ArticleIds
{
    public static string Derive(NewsArticle article) =>
        Derive(article.Url, article.Source, article.Title, article.Published, article.Body);

    /// <summary>The id <see cref="Derive(NewsArticle)"/> gives an article with these values, for a reader that has not built it yet.</summary>
    public static string Derive(string? url, string? source, string? title, DateTimeOffset? published, string body)
    {
        // The URL is the article's identity on the web; the same story fetched twice keeps it.
        if (!string.IsNullOrWhiteSpace(url))
        {
            return "url-" + Hash(url.Trim());
        }

        var key = string.Join(
            '\u001f',
            source?.Trim() ?? "",
            title?.Trim() ?? "",
            published?.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            body.Trim());
        return "doc-" + Hash(key);
    }

    /// <summary>An id from a key the input gives for the article, such as a feed item's <c>guid</c>.</summary>
    public static string FromKey(string key) => "key-" + Hash(key);

    private static string Hash(string text)
    {
        var hash = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text));
        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
