namespace NewsSearch.Benchmarks.Baselines;

/// <summary>What each engine returns per hit: the result-list fields, and snippets when asked.</summary>
internal sealed record ResultRow(string Id, string? Title, string? Source, long? Published, IReadOnlyList<string> Snippets);
