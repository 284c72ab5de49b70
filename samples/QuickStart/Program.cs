// Indexes the sample articles into an in-memory index and searches them.
// Run from the repository root: dotnet run --project samples/QuickStart -- "Xinjiang"
using NewsSearch;

var query = args.Length > 0 ? string.Join(' ', args) : "Xinjiang";
var samples = args.Length > 1 && Directory.Exists(args[^1]) ? args[^1] : Path.Combine("samples", "articles");

using var writer = NewsIndexWriter.CreateInMemory();
foreach (var record in ArticleReader.ReadPaths([samples]))
{
    foreach (var warning in record.Warnings)
    {
        Console.Error.WriteLine(warning);
    }

    if (record.Article is { } article)
    {
        writer.Upsert(article);
    }
}

writer.Commit();
using var searcher = NewsSearcher.Open(writer);
var results = searcher.Search(new NewsQuery(query) { Sort = SortOrder.Relevance, Take = 5 });

Console.WriteLine($"{results.TotalHits} articles match \"{query}\"");
foreach (var hit in results.Hits)
{
    Console.WriteLine($"{hit.Published:yyyy-MM-dd}  {hit.Source}  {hit.Title}");
    foreach (var snippet in hit.Snippets)
    {
        Console.WriteLine("    " + snippet.Render("*", "*"));
    }
}
