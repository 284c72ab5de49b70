namespace NewsSearch;

/// <summary>No NewsSearch index exists at the given path yet.</summary>
public sealed class IndexNotFoundException : NewsSearchException
{
    /// <summary>Creates the exception for the folder at <paramref name="indexPath"/>.</summary>
    public IndexNotFoundException(string indexPath)
        : base($"no index at '{indexPath}'")
    {
        IndexPath = indexPath;
    }

    /// <summary>The folder that holds no index.</summary>
    public string IndexPath { get; }
}
