using System.Text;
using System.Text.Json;

namespace NewsSearch.Tests;

public sealed class ArticleWriterTests
{
    [Fact]
    public void WriteProperties_EveryField_ReadsBackAsTheSameArticle()
    {
        var article = new NewsArticle
        {
            Id = "a1",
            Url = "https://example.test/a1",
            Title = "Zürich “quotes”",
            Subtitle = "S",
            Byline = "Jane Doe",
            Source = "Harbour Gazette",
            Dateline = "GENEVA",
            Published = new DateTimeOffset(2019, 3, 4, 12, 15, 0, TimeSpan.FromHours(2)),
            Section = "world",
            Tags = ["un", "rights"],
            Body = "P1\n\nP2",
            Captions = ["C1 (photo)"],
            Language = "en",
        };

        var line = WriteLine(article);
        var read = Assert.Single(ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line)), "a.jsonl", ArticleFormat.JsonLines));

        Assert.Contains("\"published\":\"2019-03-04T10:15:00Z\"", line, StringComparison.Ordinal);
        Assert.Empty(read.Warnings);
        Assert.Equal(article.Id, read.Article!.Id);
        Assert.Equal(article.Published, read.Article.Published);
        Assert.Equal(article.Tags, read.Article.Tags);
        Assert.Equal(article.Captions, read.Article.Captions);
        Assert.Equal(article with { Tags = [], Captions = [] }, read.Article with { Tags = [], Captions = [] });
    }

    [Fact]
    public void WriteProperties_UnknownAndEmptyValues_AreLeftOut()
    {
        var line = WriteLine(new NewsArticle { Id = "b1", Title = "Only a title", Byline = "" });

        Assert.Equal("""{"id":"b1","title":"Only a title"}""", line);
    }

    private static string WriteLine(NewsArticle article)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            ArticleWriter.WriteProperties(json, article);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
