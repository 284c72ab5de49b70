using System.Text.Json;

namespace NewsSearch.Ingest.Readers;

/// <summary>Reads JSON Lines one record at a time, so an archive of any size streams.</summary>
internal static class JsonLinesArticleReader
{
    /// <summary>
    /// The longest line read as a record: 64 Mi characters. Holding, parsing, cleaning and storing
    /// one article takes about 20 times its size (a 50 MB article peaked near 1.1 GB), so this bounds
    /// a run's memory however the input is made; a longer line is skipped with a warning.
    /// </summary>
    public const int MaxLineChars = 64 << 20;

    public static IEnumerable<ArticleRecord> Read(TextReader reader, string path)
    {
        var lineNumber = 0;
        foreach (var (line, length) in BoundedLineReader.Read(reader, MaxLineChars))
        {
            lineNumber++;
            if (line is null)
            {
                var warning = new ReadWarning(path, lineNumber, $"line skipped: {length / (1 << 20)} Mi characters long, more than the {MaxLineChars >> 20} Mi a record may be");
                yield return new ArticleRecord { Path = path, Line = lineNumber, Warnings = [warning] };
                continue;
            }

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
