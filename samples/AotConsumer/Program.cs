// Indexes a folder of articles into an index on disk and searches it, as a Native AOT app.
// Without the NewsSearch package's buildTransitive targets this fails at run time with
// MissingMethodException (Lucene46Codec), because Lucene.NET finds its codecs by reflection.
// Usage: AotConsumer <articles folder> [query]; exit code 0 when the query finds something.
using NewsSearch;

var folder = args.Length > 0 ? args[0] : Path.Combine("samples", "articles");
var query = args.Length > 1 ? args[1] : "Xinjiang";
var indexPath = Path.Combine(Path.GetTempPath(), "newssearch-aot-consumer-" + Environment.ProcessId);
try
{
    using (var writer = NewsIndexWriter.Open(indexPath))
    {
        foreach (var record in ArticleReader.ReadPaths([folder]))
        {
            if (record.Article is { } article)
            {
                writer.Upsert(article);
            }
        }

        writer.Commit();
    }

    using var searcher = NewsSearcher.Open(indexPath);
    var results = searcher.Search(new NewsQuery(query) { Take = 3 });
    Console.WriteLine($"{results.TotalHits} articles match \"{query}\"");
    foreach (var hit in results.Hits)
    {
        Console.WriteLine($"  {hit.Published:yyyy-MM-dd}  {hit.Source}  {hit.Title}");
    }

    return results.TotalHits > 0 ? 0 : 1;
}
finally
{
    Directory.Delete(indexPath, recursive: true);
}
