namespace NewsSearch.Benchmarks;

/// <summary>
/// One query of the mix, spelt for each engine: NewsSearch's query syntax, the same syntax for raw
/// Lucene's MultiFieldQueryParser, and SQLite FTS5's MATCH syntax.
/// </summary>
/// <param name="Name">The short name shown in result tables.</param>
/// <param name="Text">The query text for NewsSearch and raw Lucene.</param>
/// <param name="Fts">The FTS5 MATCH expression; null for fuzzy, which FTS5 lacks and the baseline expands itself.</param>
internal sealed record SearchCase(string Name, string Text, string? Fts)
{
    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public bool Newest { get; init; }

    /// <summary>For fuzzy: the term, the prefix it keeps and the edits allowed (as FuzzyQuery with prefixLength 1).</summary>
    public (string Term, int Prefix, int MaxEdits)? Fuzzy { get; init; }
}
