using System.Globalization;
using System.Text.Json;

namespace NewsSearch;

/// <summary>
/// Writes articles in the JSON Lines interchange format that <see cref="ArticleReader"/> reads
/// (<see cref="ArticleFormat.JsonLines"/>), so what is written can be indexed again unchanged.
/// </summary>
public static class ArticleWriter
{
    /// <summary>
    /// Writes the article's properties into the JSON object <paramref name="json"/> has open (not the
    /// braces, so a caller can add its own properties beside them). Unknown and empty values are left
    /// out; the date is ISO 8601 in UTC to the second, <c>2018-11-05T14:30:00Z</c>.
    /// </summary>
    /// <param name="json">A writer positioned inside an object.</param>
    /// <param name="article">The article.</param>
    public static void WriteProperties(Utf8JsonWriter json, NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(article);
        json.WriteString("id", article.Id);
        WriteIfPresent(json, "url", article.Url);
        WriteIfPresent(json, "title", article.Title);
        WriteIfPresent(json, "subtitle", article.Subtitle);
        WriteIfPresent(json, "byline", article.Byline);
        WriteIfPresent(json, "source", article.Source);
        WriteIfPresent(json, "dateline", article.Dateline);
        if (article.Published is { } published)
        {
            json.WriteString("published", published.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        WriteIfPresent(json, "section", article.Section);
        WriteIfPresent(json, "tags", article.Tags);
        WriteIfPresent(json, "body", article.Body);
        WriteIfPresent(json, "captions", article.Captions);
        WriteIfPresent(json, "language", article.Language);
    }

    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteIfPresent(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
