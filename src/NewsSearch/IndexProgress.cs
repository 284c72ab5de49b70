namespace NewsSearch;

/// <summary>Progress of a long indexing call, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Articles">Articles added or replaced so far in this call.</param>
/// <param name="Elapsed">Time since the call started.</param>
public sealed record IndexProgress(long Articles, TimeSpan Elapsed);
