using System.Text.Json;

namespace NewsSearch.Ingest.Readers;

/// <summary>Reads a JSON document holding one article object or an array of them.</summary>
internal static class JsonArticleReader
{
    public static IEnumerable<ArticleRecord> Read(string text, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, JsonReading.Options);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            return [new ArticleRecord { Path = path, Line = line, Warnings = [new ReadWarning(path, line, "invalid JSON: " + JsonReading.Describe(exception) + "; file skipped")] }];
        }

        return ReadDocument(document, path);
    }

    private static IEnumerable<ArticleRecord> ReadDocument(JsonDocument document, string path)
    {
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                yield return Map(document.RootElement, path, null);
                yield break;
            }

            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                yield return Map(element, path, index++);
            }
        }
    }

    private static ArticleRecord Map(JsonElement element, string path, int? index)
    {
        var warnings = new List<ReadWarning>();
        var prefix = index is { } i ? $"item [{i}]: " : "";
        var article = JsonArticleMapper.Map(element, message => warnings.Add(new ReadWarning(path, null, prefix + message)));
        return new ArticleRecord { Article = article, Path = path, Warnings = warnings };
    }
}
