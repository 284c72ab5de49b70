namespace NewsSearch;

/// <summary>A query that cannot be parsed, such as <c>"unclosed</c> or <c>title:(</c>.</summary>
public sealed class InvalidQueryException : NewsSearchException
{
    /// <summary>Creates the exception for <paramref name="query"/> with a one-line reason.</summary>
    public InvalidQueryException(string query, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Query = query;
    }

    /// <summary>The query text as the user gave it.</summary>
    public string Query { get; }
}
