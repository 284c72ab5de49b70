using Lucene.Net.Search;

namespace NewsSearch.Search;

/// <summary>
/// One snapshot of the index, held for the length of one operation: acquired when made, released
/// when disposed, so a refresh or a merge never closes files an operation is still reading.
/// </summary>
internal readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    public SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        Searcher = manager.Acquire();
    }

    /// <summary>The snapshot's searcher, unbudgeted.</summary>
    public IndexSearcher Searcher { get; }

    public void Dispose() => _manager.Release(Searcher);
}
