using NewsSearch.Alerts;

namespace NewsSearch;

/// <summary>
/// Saved searches (alerts) kept beside an index: each remembers how far it has read, and
/// <see cref="Run"/> returns only the matching articles indexed since it last ran, so a monitor can
/// run it after every indexing run (from cron, say). "Indexed since" counts new articles and articles
/// whose content changed (a correction); re-indexing an unchanged article does not make it new.
/// The searches live in <c>newssearch.watches.json</c> in the index folder, replaced atomically, and
/// every change holds an exclusive lock, so concurrent runs neither lose updates nor report an article twice.
/// </summary>
public sealed class SavedSearches
{
    private readonly string _indexPath;

    private SavedSearches(string indexPath)
    {
        _indexPath = indexPath;
    }

    /// <summary>Opens the saved searches of the index in <paramref name="indexPath"/>.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <exception cref="IndexNotFoundException">No index exists there.</exception>
    public static SavedSearches Open(string indexPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        if (!Directory.Exists(indexPath))
        {
            throw new IndexNotFoundException(indexPath);
        }

        return new SavedSearches(indexPath);
    }

    /// <summary>The saved searches, by name.</summary>
    public IReadOnlyList<SavedSearch> List()
    {
        using var store = SavedSearchStore.Lock(_indexPath);
        return store.Entries.Select(entry => entry.Search).OrderBy(search => search.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Saves <paramref name="query"/> as <paramref name="name"/>. It starts from now: its first run
    /// reports only articles indexed after this call.
    /// </summary>
    /// <param name="name">Letters, digits, <c>-</c>, <c>_</c> and <c>.</c>; unique in this index.</param>
    /// <param name="query">The query text.</param>
    /// <exception cref="InvalidQueryException">The query cannot be parsed.</exception>
    /// <exception cref="NewsSearchException">The name is not valid, a search with this name exists, or the index cannot be read.</exception>
    public SavedSearch Add(string name, string query)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(query);
        if (name.Length == 0 || name.Length > 100 || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new NewsSearchException($"'{name}' is not a valid name for a saved search: use letters, digits, '-', '_' and '.'");
        }

        long watermark;
        using (var searcher = NewsSearcher.Open(_indexPath))
        {
            searcher.Parse(new NewsQuery(query));
            watermark = searcher.Run(query, timeout: null, (s, _) => AlertSearch.Watermark(s.IndexReader, searcher.IsNearRealTime));
        }

        using var store = SavedSearchStore.Lock(_indexPath);
        if (store.Entries.Any(entry => entry.Search.Name == name))
        {
            throw new NewsSearchException($"a saved search named '{name}' exists; remove it first");
        }

        var search = new SavedSearch { Name = name, Query = query, Created = DateTimeOffset.UtcNow };
        store.Entries.Add(new SavedSearchEntry(search, watermark));
        store.Save();
        return search;
    }

    /// <summary>Deletes the saved search <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when there was such a search.</returns>
    public bool Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var store = SavedSearchStore.Lock(_indexPath);
        var removed = store.Entries.RemoveAll(entry => entry.Search.Name == name) > 0;
        if (removed)
        {
            store.Save();
        }

        return removed;
    }

    /// <summary>
    /// Runs every saved search, or only <paramref name="name"/>, over the index as of its last commit,
    /// returns the matching articles indexed since each last ran, and remembers this point.
    /// </summary>
    /// <param name="name">One saved search, or null for all.</param>
    /// <exception cref="NewsSearchException">No saved search has <paramref name="name"/>, or the index cannot be read.</exception>
    public IReadOnlyList<SavedSearchResult> Run(string? name = null)
    {
        using var store = SavedSearchStore.Lock(_indexPath);
        var selected = store.Entries.Where(entry => name is null || entry.Search.Name == name).OrderBy(entry => entry.Search.Name, StringComparer.Ordinal).ToList();
        if (name is not null && selected.Count == 0)
        {
            throw new NewsSearchException($"no saved search named '{name}'");
        }

        var results = new List<SavedSearchResult>();
        if (selected.Count == 0)
        {
            return results;
        }

        var now = DateTimeOffset.UtcNow;
        using (var searcher = NewsSearcher.Open(_indexPath))
        {
            foreach (var entry in selected)
            {
                var saved = new NewsQuery(entry.Search.Query);
                var parsed = searcher.Parse(saved);
                var (hits, watermark) = searcher.Run(saved.Text, saved.Timeout, (s, budget) => AlertSearch.Run(s, parsed, searcher.IsNearRealTime, entry.LastArrival, budget));
                results.Add(new SavedSearchResult { Search = entry.Search, Hits = hits });
                store.Entries[store.Entries.IndexOf(entry)] = new SavedSearchEntry(entry.Search with { LastRun = now }, watermark);
            }
        }

        store.Save();
        return results;
    }
}
