namespace NewsSearch;

/// <summary>Facts about an index as of its last commit.</summary>
public sealed record IndexStats
{
    /// <summary>How many articles the index holds.</summary>
    public required int Articles { get; init; }

    /// <summary>How many distinct publishers the articles come from.</summary>
    public required int Sources { get; init; }

    /// <summary>The earliest publication date, when any article is dated.</summary>
    public DateTimeOffset? Earliest { get; init; }

    /// <summary>The latest publication date, when any article is dated.</summary>
    public DateTimeOffset? Latest { get; init; }

    /// <summary>Bytes the index files take on disk (or in memory for an in-memory index).</summary>
    public required long SizeInBytes { get; init; }

    /// <summary>The number of Lucene segments; many small segments slow searches a little.</summary>
    public required int Segments { get; init; }

    /// <summary>The schema version the index was written with.</summary>
    public required int SchemaVersion { get; init; }
}
