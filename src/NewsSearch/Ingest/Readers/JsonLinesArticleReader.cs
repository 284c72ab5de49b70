using System.Text.Json;

namespace NewsSearch.Ingest.Readers;

/// <summary>Reads JSON Lines one record at a time, so an archive of any size streams.</summary>
internal static class JsonLinesArticleReader
{
    public static IEnumerable<ArticleRecord> Read(TextReader reader, string path)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ReadLine(line, path, lineNumber);
        }
    }

    private static ArticleRecord ReadLine(string line, string path, int lineNumber)
    {
        var warnings = new List<ReadWarning>();
        NewsArticle? article = null;
        try
        {
            using var document = JsonDocument.Parse(line, JsonReading.Options);
            article = JsonArticleMapper.Map(document.RootElement, message => warnings.Add(new ReadWarning(path, lineNumber, message)));
            if (line.Contains('\ufffd', StringComparison.Ordinal))
            {
                // The decoder put U+FFFD where the bytes were not UTF-8: the record is kept, but say so.
                warnings.Add(new ReadWarning(path, lineNumber, "bytes that are not valid UTF-8 were replaced with \ufffd"));
            }
        }
        catch (JsonException exception)
        {
            warnings.Add(new ReadWarning(path, lineNumber, "invalid JSON: " + JsonReading.Describe(exception) + "; line skipped"));
        }

        return new ArticleRecord { Article = article, Path = path, Line = lineNumber, Warnings = warnings };
    }
}
