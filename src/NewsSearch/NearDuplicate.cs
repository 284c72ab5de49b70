namespace NewsSearch;

/// <summary>
/// Another copy of the same story: an article whose body is nearly the same text (an agency story
/// republished with small edits), found by comparing MinHash sketches of the bodies.
/// </summary>
public sealed record NearDuplicate
{
    /// <summary>The article's id.</summary>
    public required string Id { get; init; }

    /// <summary>The headline, when the article has one.</summary>
    public string? Title { get; init; }

    /// <summary>The publisher.</summary>
    public string? Source { get; init; }

    /// <summary>When the article was published.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The article's address.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// The estimated share of three-word runs this body has in common with the article it is listed
    /// under (Jaccard similarity of their word 3-shingles, 0 to 1). A copy scores 0.4 or more against
    /// the story's first copy; two copies edited apart may score a little less with each other.
    /// </summary>
    public required double Similarity { get; init; }
}
