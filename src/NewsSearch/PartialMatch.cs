namespace NewsSearch;

/// <summary>
/// Says that no article held every word of an all-words query, so the results are the articles
/// that hold the most of them. Fields (<c>date:2005</c>), <c>+word</c>, <c>-word</c> and words joined
/// by AND are never relaxed: every hit still satisfies them.
/// </summary>
/// <param name="MinimumMatched">The fewest of the query's words that each hit matches.</param>
/// <param name="Total">How many words could be relaxed (the plain words of the query).</param>
public sealed record PartialMatch(int MinimumMatched, int Total)
{
    /// <summary>The words that some hits lack, as typed, each with how many of the hits lack it.</summary>
    public IReadOnlyList<MissingWord> Missing { get; init; } = [];

    /// <summary>The clauses every hit still satisfies because they are never relaxed (<c>+word</c>, <c>-word</c>, <c>date:2005</c>), as typed.</summary>
    public IReadOnlyList<string> Kept { get; init; } = [];
}
