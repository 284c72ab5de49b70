namespace NewsSearch;

/// <summary>How search results are ordered.</summary>
public enum SortOrder
{
    /// <summary>Best match first (BM25 with field boosts).</summary>
    Relevance,

    /// <summary>Most recently published first; undated articles last.</summary>
    Newest,

    /// <summary>Earliest published first; undated articles last.</summary>
    Oldest,
}
