namespace NewsSearch;

/// <summary>A story published several times: articles whose bodies are copies of one another.</summary>
public sealed record DuplicateCluster
{
    /// <summary>
    /// The copies, earliest published first (undated last); the first is the likely original and
    /// each <see cref="NearDuplicate.Similarity"/> compares with it (1 for the first itself).
    /// </summary>
    public required IReadOnlyList<NearDuplicate> Articles { get; init; }
}
