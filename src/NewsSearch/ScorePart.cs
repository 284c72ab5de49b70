namespace NewsSearch;

/// <summary>One matched term or phrase in one field, and what it added to a hit's score.</summary>
public sealed record ScorePart
{
    /// <summary>The field that matched: <c>title</c>, <c>subtitle</c>, <c>body</c>, <c>captions</c>, <c>byline</c> or <c>dateline</c>.</summary>
    public required string Field { get; init; }

    /// <summary>The word or phrase that matched, as the query (or the synonym list) writes it.</summary>
    public required string Term { get; init; }

    /// <summary>What this match added to the score.</summary>
    public required float Score { get; init; }

    /// <summary>The field's weight (title 3, subtitle 2, captions 1.5, others 1) times any boost in the query.</summary>
    public float Boost { get; init; } = 1;

    /// <summary>How often the word or phrase occurs in the field; null for wildcard and range matches, which are not counted.</summary>
    public int? Frequency { get; init; }

    /// <summary>The query word this is a spelling variant of, when the match came from a synonym.</summary>
    public string? SynonymOf { get; init; }
}
