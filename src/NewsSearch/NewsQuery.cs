namespace NewsSearch;

/// <summary>
/// A search request: Lucene query syntax in <see cref="Text"/> plus filters, sorting and paging.
/// </summary>
/// <param name="Text">
/// The query, e.g. <c>Xinjiang "human rights" -sport</c> or <c>title:Uyghur date:2018</c>.
/// See the README for the syntax and field aliases.
/// </param>
public sealed record NewsQuery(string Text)
{
    /// <summary>Only articles published on or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only articles published on or before this instant.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Only articles from one of these publishers (case-insensitive, exact name).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only articles in one of these sections (case-insensitive).</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>Only articles carrying one of these tags (case-insensitive).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>When <see langword="true"/>, words without an operator are joined by OR instead of AND.</summary>
    public bool MatchAny { get; init; }

    /// <summary>How many hits to skip (for paging).</summary>
    public int Skip { get; init; }

    /// <summary>How many hits to return.</summary>
    public int Take { get; init; } = 10;

    /// <summary>The order of the hits.</summary>
    public SortOrder Sort { get; init; } = SortOrder.Relevance;

    /// <summary>Whether to build highlighted snippets for each hit.</summary>
    public bool Highlight { get; init; } = true;

    /// <summary>The largest number of snippets per hit.</summary>
    public int MaxSnippets { get; init; } = 2;

    /// <summary>Count all matching articles by these fields into <see cref="SearchResults.Facets"/>.</summary>
    public IReadOnlyList<FacetField> Facets { get; init; } = [];

    /// <summary>The most values to return per facet, most frequent first.</summary>
    public int FacetLimit { get; init; } = 10;

    /// <summary>
    /// Show one article per story: copies of the same story (near-duplicate bodies) among the hits
    /// are folded into the best-ranked one, listed in its <see cref="SearchHit.Duplicates"/>;
    /// <see cref="Skip"/> and <see cref="Take"/> then count stories.
    /// </summary>
    public bool Collapse { get; init; }

    /// <summary>
    /// How long the search may run before it is stopped with a <see cref="QueryTimeoutException"/>;
    /// 5 seconds unless set. <see cref="TimeSpan.Zero"/> or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> means no limit.
    /// </summary>
    public TimeSpan Timeout { get; init; } = Search.QueryBudget.DefaultLimit;

    /// <summary>
    /// Whether words also find their spelling variants (Uighur finds Uyghur, Kiev finds Kyiv), from
    /// the searcher's synonym list (see <see cref="NewsSearcherOptions"/>). On by default.
    /// </summary>
    public bool ExpandSynonyms { get; init; } = true;

    /// <summary>
    /// Whether a query that finds fewer than three articles gets a spelling suggestion in
    /// <see cref="SearchResults.DidYouMean"/>, made from the words of the index. On by default.
    /// </summary>
    public bool SuggestSpelling { get; init; } = true;

    /// <summary>Whether each hit carries a <see cref="SearchHit.Explanation"/> of its score.</summary>
    public bool Explain { get; init; }
}
