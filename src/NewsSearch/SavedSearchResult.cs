namespace NewsSearch;

/// <summary>What one saved search found when it ran: the matching articles indexed since its previous run.</summary>
public sealed record SavedSearchResult
{
    /// <summary>The saved search, as it was before this run.</summary>
    public required SavedSearch Search { get; init; }

    /// <summary>The new matching articles, newest published first (undated last), with snippets.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }
}
