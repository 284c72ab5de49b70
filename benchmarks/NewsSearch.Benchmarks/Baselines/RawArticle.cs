using System.Text.Json.Serialization;

namespace NewsSearch.Benchmarks.Baselines;

/// <summary>A JSON Lines record as a plain Lucene.NET user would deserialise it: a POCO and <c>JsonSerializer</c>.</summary>
internal sealed class RawArticle
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("subtitle")]
    public string? Subtitle { get; set; }

    [JsonPropertyName("byline")]
    public string? Byline { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("dateline")]
    public string? Dateline { get; set; }

    [JsonPropertyName("published")]
    public DateTimeOffset? Published { get; set; }

    [JsonPropertyName("section")]
    public string? Section { get; set; }

    [JsonPropertyName("tags")]
    public string[]? Tags { get; set; }

    [JsonPropertyName("body")]
    public string? Body { get; set; }

    [JsonPropertyName("captions")]
    public string[]? Captions { get; set; }

    [JsonPropertyName("language")]
    public string? Language { get; set; }

    public static IEnumerable<RawArticle> ReadJsonl(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0)
            {
                yield return System.Text.Json.JsonSerializer.Deserialize(line, RawArticleJson.Default.RawArticle)!;
            }
        }
    }
}
