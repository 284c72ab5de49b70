using NewsSearch.Indexing;

namespace NewsSearch;

/// <summary>
/// What a full check of an index found: every file of the last commit is read and every checksum,
/// term, posting, stored field and doc value verified (Lucene's CheckIndex), and the schema version
/// compared with this NewsSearch's. Made by <see cref="Check"/>.
/// </summary>
public sealed record IndexHealth
{
    /// <summary>The index folder as given.</summary>
    public required string IndexPath { get; init; }

    /// <summary>Whether the index can be used as it is: no problems were found.</summary>
    public bool IsHealthy => Problems.Count == 0;

    /// <summary>One line for each problem found, such as <c>segment _3 (1200 articles): checksum failed</c>; empty when healthy.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>Articles in the last commit, counting only the segments that could be read.</summary>
    public long Articles { get; init; }

    /// <summary>Segments in the last commit.</summary>
    public int Segments { get; init; }

    /// <summary>The schema version written in the last commit; null when unreadable or not written by NewsSearch.</summary>
    public int? SchemaVersion { get; init; }

    /// <summary>
    /// Checks the index in <paramref name="indexPath"/> fully. It reads every byte of the index, so
    /// it takes about as long as copying it. The index must not be written meanwhile: the check
    /// holds the writer's lock for its duration, so a writer started during it waits for nothing and fails.
    /// </summary>
    /// <param name="indexPath">The index folder.</param>
    /// <exception cref="IndexNotFoundException">The folder does not exist, or is empty.</exception>
    /// <exception cref="NewsSearchException">Another process is writing the index.</exception>
    public static IndexHealth Check(string indexPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        return IndexVerifier.Verify(indexPath);
    }
}
