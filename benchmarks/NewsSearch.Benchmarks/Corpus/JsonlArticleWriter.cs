using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsSearch.Benchmarks.Corpus;

/// <summary>Writes a corpus file in the JSON Lines interchange format, through the library's <see cref="ArticleWriter"/>.</summary>
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
                json.WriteStartObject();
                ArticleWriter.WriteProperties(json, article);
                json.WriteEndObject();
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
}
