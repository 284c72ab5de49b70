using System.Text.Json;

namespace NewsSearch.Cli.Output;

/// <summary>
/// Writes an article in the JSON Lines interchange format that <c>index</c> reads, so
/// <c>show --json</c> and <c>parse</c> output can be indexed again unchanged.
/// </summary>
internal static class ArticleJson
{
    /// <summary>Writes the article's properties (not the enclosing braces), leaving out unknown and empty values.</summary>
    public static void WriteProperties(Utf8JsonWriter json, NewsArticle article)
    {
        json.WriteString("id", article.Id);
        JsonLineWriter.WriteIfPresent(json, "url", article.Url);
        JsonLineWriter.WriteIfPresent(json, "title", article.Title);
        JsonLineWriter.WriteIfPresent(json, "subtitle", article.Subtitle);
        JsonLineWriter.WriteIfPresent(json, "byline", article.Byline);
        JsonLineWriter.WriteIfPresent(json, "source", article.Source);
        JsonLineWriter.WriteIfPresent(json, "dateline", article.Dateline);
        if (article.Published is { } published)
        {
            json.WriteString("published", Formats.IsoDate(published));
        }

        JsonLineWriter.WriteIfPresent(json, "section", article.Section);
        JsonLineWriter.WriteIfPresent(json, "tags", article.Tags);
        JsonLineWriter.WriteIfPresent(json, "body", article.Body);
        JsonLineWriter.WriteIfPresent(json, "captions", article.Captions);
        JsonLineWriter.WriteIfPresent(json, "language", article.Language);
    }
}
