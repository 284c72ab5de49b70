namespace NewsSearch;

/// <summary>
/// Says that no article held every word of an all-words query, so the results are the articles
/// that hold the most of them.
/// </summary>
/// <param name="MinimumMatched">The fewest of the query's parts that each hit matches.</param>
/// <param name="Total">How many required parts the query had.</param>
public sealed record PartialMatch(int MinimumMatched, int Total);
