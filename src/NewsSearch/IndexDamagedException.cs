namespace NewsSearch;

/// <summary>
/// The files of the index are damaged (truncated, overwritten or missing), so it cannot be read
/// as it is. <see cref="IndexHealth.Check"/> names the damaged segments; rebuilding the index from
/// the original inputs (<see cref="NewsIndexWriter.Create"/>) recovers.
/// </summary>
public sealed class IndexDamagedException : NewsSearchException
{
    /// <summary>Creates the exception for the index at <paramref name="indexPath"/>, damaged as <paramref name="innerException"/> found.</summary>
    public IndexDamagedException(string indexPath, Exception innerException)
        : base($"the index at '{indexPath}' is damaged ({innerException?.GetType().Name}: {innerException?.Message.ReplaceLineEndings(" ")})", innerException)
    {
        IndexPath = indexPath;
    }

    /// <summary>The index folder as given.</summary>
    public string IndexPath { get; }
}
