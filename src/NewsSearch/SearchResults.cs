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

    /// <summary>
    /// The query was long natural-language text (a question, a pasted paragraph): articles holding
    /// any of its words are counted, and those holding more of them rank first. A short keyword
    /// query requires every word instead.
    /// </summary>
    public bool MatchedAnyWord { get; init; }

    /// <summary>Parts of the query that were left out, as typed: those holding only stop words (<c>the</c>, <c>of</c>), and the question words (<c>what</c>, <c>did</c>) of text read as a question.</summary>
    public IReadOnlyList<string> IgnoredWords { get; init; } = [];

    /// <summary>
    /// Lower-case <c>and</c>, <c>or</c>, <c>not</c> in a keyword query: they are searched as words
    /// (only AND, OR, NOT in capitals are operators), which may not be what was meant.
    /// </summary>
    public IReadOnlyList<string> OperatorLikeWords { get; init; } = [];

    /// <summary>
    /// With <see cref="NewsQuery.Since"/> or <see cref="NewsQuery.Until"/>: how many articles match
    /// the rest of the query but have no date, and so were left out.
    /// </summary>
    public int UndatedLeftOut { get; init; }

    /// <summary>The <see cref="NewsQuery.Sources"/> that no article in the index has, each with the nearest known sources.</summary>
    public IReadOnlyList<UnknownSource> UnknownSources { get; init; } = [];

    /// <summary>How many articles <see cref="DidYouMean"/> finds, with the same filters; null when there is no suggestion.</summary>
    public int? DidYouMeanHits { get; init; }
}
