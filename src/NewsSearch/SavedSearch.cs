namespace NewsSearch;

/// <summary>A search saved under a name, which <see cref="SavedSearches.Run"/> repeats for new articles.</summary>
public sealed record SavedSearch
{
    /// <summary>The name it is saved under, unique in its index.</summary>
    public required string Name { get; init; }

    /// <summary>The query, in the same syntax as <see cref="NewsQuery.Text"/>.</summary>
    public required string Query { get; init; }

    /// <summary>When it was saved.</summary>
    public required DateTimeOffset Created { get; init; }

    /// <summary>When it last ran; <see langword="null"/> when it never has.</summary>
    public DateTimeOffset? LastRun { get; init; }
}
