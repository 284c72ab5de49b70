namespace NewsSearch.Search;

/// <summary>
/// Thrown from inside Lucene's enumerators and collectors when a search runs out of time; caught at
/// the search's boundary and turned into <see cref="QueryTimeoutException"/>. Internal, so no Lucene
/// code or caller catches it by accident on the way out.
/// </summary>
internal sealed class QueryBudgetExceededException : Exception
{
    public QueryBudgetExceededException()
        : base("the query's time limit was reached")
    {
    }

    public QueryBudgetExceededException(string message)
        : base(message)
    {
    }

    public QueryBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
