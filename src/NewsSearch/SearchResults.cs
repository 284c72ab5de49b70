namespace NewsSearch;

/// <summary>One page of search results and the total number of matching articles.</summary>
public sealed record SearchResults
{
    /// <summary>How many articles match in all, beyond this page.</summary>
    public required int TotalHits { get; init; }

    /// <summary>The hits on this page, in the requested order.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>
    /// Set when no article matched all the words and the query was relaxed to the articles matching
    /// the most of them; <see langword="null"/> when the hits match the query as written.
    /// </summary>
    public PartialMatch? PartialMatch { get; init; }

    /// <summary>
    /// For each facet asked for in <see cref="NewsQuery.Facets"/>, its most frequent values over all
    /// matching articles; empty when none was asked for.
    /// </summary>
    public IReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<FacetField, IReadOnlyList<FacetValue>>();

    /// <summary>
    /// With <see cref="NewsQuery.Collapse"/>: how many stories the matching articles form (copies of
    /// one story count once); otherwise <see langword="null"/>.
    /// </summary>
    public int? TotalStories { get; init; }

    /// <summary>
    /// The query words that were also searched under other spellings, with the variants that
    /// articles in the index use; empty when none were.
    /// </summary>
    public IReadOnlyList<SynonymExpansion> Synonyms { get; init; } = [];

    /// <summary>
    /// A corrected query that finds more articles, when this one found fewer than three as typed
    /// (e.g. <c>Uyghur</c> for <c>Ugyhur</c>); null otherwise.
    /// </summary>
    public string? DidYouMean { get; init; }

    /// <summary>How many articles <see cref="DidYouMean"/> finds, with the same filters; null when there is no suggestion.</summary>
    public int? DidYouMeanHits { get; init; }
}
