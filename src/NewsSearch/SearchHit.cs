namespace NewsSearch;

/// <summary>
/// One article in a result list: the fields a list shows (read from doc values, so a page of
/// hits costs what the search costs) plus highlighted snippets. Use
/// <see cref="NewsSearcher.Get(string)"/> for the whole article.
/// </summary>
public sealed record SearchHit
{
    /// <summary>The article's id.</summary>
    public required string Id { get; init; }

    /// <summary>The relevance score (BM25 with field boosts); comparable only within one result list.</summary>
    public required float Score { get; init; }

    /// <summary>The headline, when the article has one.</summary>
    public string? Title { get; init; }

    /// <summary>The publisher.</summary>
    public string? Source { get; init; }

    /// <summary>The author or authors.</summary>
    public string? Byline { get; init; }

    /// <summary>When the article was published.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The article's address.</summary>
    public string? Url { get; init; }

    /// <summary>Passages that matched, best first; empty when highlighting was off or no text field matched.</summary>
    public IReadOnlyList<Snippet> Snippets { get; init; } = [];

    /// <summary>
    /// With <see cref="NewsQuery.Collapse"/>: the other matching copies of this story (near-duplicate
    /// bodies, such as an agency story republished by other outlets); otherwise empty.
    /// </summary>
    public IReadOnlyList<NearDuplicate> Duplicates { get; init; } = [];

    /// <summary>Why the hit scored as it did, when <see cref="NewsQuery.Explain"/> was set; otherwise null.</summary>
    public ScoreExplanation? Explanation { get; init; }
}
