namespace NewsSearch;

/// <summary>
/// A failure the user can act on: an index that is missing, locked by another writer, of another
/// schema version, or damaged. The message is one line, fit to show as it is.
/// </summary>
public class NewsSearchException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public NewsSearchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the underlying cause.</summary>
    public NewsSearchException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message; prefer the other constructors.</summary>
    public NewsSearchException()
    {
    }
}
