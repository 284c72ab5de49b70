using System.Text.Json;

namespace NewsSearch.Tests.Support;

/// <summary>The labelled near-duplicate articles in TestData/duplicates, as articles to index.</summary>
internal static class DuplicateData
{
    private static readonly Lazy<Dictionary<string, NewsArticle>> All = new(Load);

    /// <summary>The article with this id (o01, o01-light, o01-heavy, n01, ...).</summary>
    public static NewsArticle Article(string id) => All.Value[id];

    private static Dictionary<string, NewsArticle> Load()
    {
        var articles = new Dictionary<string, NewsArticle>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "duplicates", "articles.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            articles[id] = Articles.Any(
                id: id,
                title: root.GetProperty("title").GetString(),
                body: root.GetProperty("body").GetString()!,
                source: root.GetProperty("source").GetString(),
                published: DateTimeOffset.Parse(root.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        }

        return articles;
    }
}
