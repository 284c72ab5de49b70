namespace NewsSearch.Tests.Support;

/// <summary>An in-memory index holding the given articles, with a searcher over it.</summary>
internal sealed class MemoryIndex : IDisposable
{
    public MemoryIndex(params NewsArticle[] articles)
    {
        Writer = NewsIndexWriter.CreateInMemory();
        Writer.UpsertAll(articles);
        Writer.Commit();
        Searcher = NewsSearcher.Open(Writer);
    }

    public NewsIndexWriter Writer { get; }

    public NewsSearcher Searcher { get; }

    public SearchResults Search(string text) => Searcher.Search(new NewsQuery(text));

    public SearchResults Search(NewsQuery query) => Searcher.Search(query);

    public IReadOnlyList<string> Ids(string text) => Search(text).Hits.Select(h => h.Id).ToList();

    public IReadOnlyList<string> Ids(NewsQuery query) => Search(query).Hits.Select(h => h.Id).ToList();

    public void Dispose()
    {
        Searcher.Dispose();
        Writer.Dispose();
    }
}
