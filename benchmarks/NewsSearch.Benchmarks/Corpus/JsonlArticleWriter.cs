using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsSearch.Benchmarks.Corpus;

/// <summary>Writes articles in the JSON Lines interchange format (unknown values omitted, as in the corpora).</summary>
internal static class JsonlArticleWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static CorpusStats Write(IEnumerable<NewsArticle> articles, string path)
    {
        long count = 0, textBytes = 0;
        var temporary = path + ".partial";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            foreach (var article in articles)
            {
                WriteOne(json, article);
                json.Flush();
                stream.WriteByte((byte)'\n');
                json.Reset();
                count++;
                textBytes += TextBytes(article);
            }
        }

        File.Move(temporary, path, overwrite: true);
        return new CorpusStats(count, new FileInfo(path).Length, textBytes);
    }

    /// <summary>UTF-8 bytes of the article's text fields: what a reader would call "the article".</summary>
    public static long TextBytes(NewsArticle article)
    {
        long bytes = 0;
        foreach (var text in new[] { article.Title, article.Subtitle, article.Byline, article.Dateline, article.Body }.Concat(article.Captions))
        {
            bytes += text is null ? 0 : Encoding.UTF8.GetByteCount(text);
        }

        return bytes;
    }

    private static void WriteOne(Utf8JsonWriter json, NewsArticle article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        WriteIf(json, "url", article.Url);
        WriteIf(json, "title", article.Title);
        WriteIf(json, "subtitle", article.Subtitle);
        WriteIf(json, "byline", article.Byline);
        WriteIf(json, "source", article.Source);
        WriteIf(json, "dateline", article.Dateline);
        if (article.Published is { } published)
        {
            json.WriteString("published", published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        WriteIf(json, "section", article.Section);
        WriteList(json, "tags", article.Tags);
        if (article.Body.Length > 0)
        {
            json.WriteString("body", article.Body);
        }

        WriteList(json, "captions", article.Captions);
        WriteIf(json, "language", article.Language);
        json.WriteEndObject();
    }

    private static void WriteIf(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
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
