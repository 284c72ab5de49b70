namespace NewsSearch;

/// <summary>
/// A search that ran past its time limit (<see cref="NewsQuery.Timeout"/>) and was stopped, such
/// as a leading wildcard or fuzzy word over a very large index. Nothing is left running.
/// </summary>
public sealed class QueryTimeoutException : NewsSearchException
{
    /// <summary>Creates the exception for <paramref name="query"/> stopped after <paramref name="limit"/>.</summary>
    public QueryTimeoutException(string query, TimeSpan limit, Exception? innerException = null)
        : base(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the query was stopped at its time limit of {limit.TotalSeconds:0.###} s; make it more specific (fewer wildcards or fuzzy words) or allow more time"), innerException)
    {
        Query = query;
        Limit = limit;
    }

    /// <summary>The query text as the user gave it.</summary>
    public string Query { get; }

    /// <summary>The time limit the query ran into.</summary>
    public TimeSpan Limit { get; }
}
