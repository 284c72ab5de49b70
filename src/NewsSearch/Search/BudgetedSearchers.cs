using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Search;

/// <summary>
/// The budget-checking searcher of the current snapshot, made when a search first sees the
/// snapshot and reused by every search of it. Thread-safe: a race builds it twice, and either copy serves.
/// </summary>
internal sealed class BudgetedSearchers
{
    private Entry? _latest;

    public IndexSearcher For(IndexSearcher searcher)
    {
        var latest = Volatile.Read(ref _latest);
        if (latest is not null && ReferenceEquals(latest.Source, searcher.IndexReader))
        {
            return latest.Searcher;
        }

        var bounded = new BlendedStatsSearcher(new BudgetedDirectoryReader((DirectoryReader)searcher.IndexReader));
        Volatile.Write(ref _latest, new Entry(searcher.IndexReader, bounded));
        return bounded;
    }

    private sealed record Entry(IndexReader Source, IndexSearcher Searcher);
}
