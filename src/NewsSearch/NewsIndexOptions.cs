namespace NewsSearch;

/// <summary>Settings for writing an index. The defaults suit archives from a few articles to millions.</summary>
public sealed record NewsIndexOptions
{
    /// <summary>The defaults.</summary>
    public static NewsIndexOptions Default { get; } = new();

    /// <summary>
    /// Memory the writer buffers before flushing a segment. Peak memory of a run is bounded by this
    /// (plus the article being analysed), not by the size of the input.
    /// </summary>
    public double RamBufferSizeMb { get; init; } = 64;

    /// <summary>
    /// Commit after this many articles, so a crash loses at most this many (rerunning the same
    /// input finishes the job without duplicates). Ignored by <see cref="NewsIndexWriter.Create(string, NewsIndexOptions?)"/>,
    /// which commits only at the end so a rebuild is all or nothing.
    /// </summary>
    public int CommitEveryArticles { get; init; } = 20_000;

    /// <summary>
    /// Threads that analyse and index while the calling thread reads and parses the input and builds
    /// the documents in <see cref="NewsIndexWriter.UpsertAll"/>. Defaults to the number of cores:
    /// reading and parsing is light next to analysis and inversion, so the caller's thread needs no
    /// core of its own (benchmarks/README.md compares worker counts).
    /// </summary>
    public int IndexingThreads { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Commit also when this much time has passed since the last commit.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws when a value cannot work, before any index is touched.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is zero, negative or beyond what Lucene allows.</exception>
    internal NewsIndexOptions Validated()
    {
        // Lucene refuses a RAM buffer of 2048 MB or more (per-thread buffers address it with ints).
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(RamBufferSizeMb, nameof(RamBufferSizeMb));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(RamBufferSizeMb, 2048, nameof(RamBufferSizeMb));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(CommitEveryArticles, nameof(CommitEveryArticles));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(IndexingThreads, nameof(IndexingThreads));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CommitInterval, TimeSpan.Zero, nameof(CommitInterval));
        return this;
    }
}
