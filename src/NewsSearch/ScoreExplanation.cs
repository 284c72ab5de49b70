namespace NewsSearch;

/// <summary>
/// Why a hit ranked where it did: the fields and words that matched and what each added to the
/// score. Scores are BM25: a rare word counts more than a common one, a word found often counts
/// more (with diminishing returns), and a match in a short field counts more than one in a long field.
/// </summary>
public sealed record ScoreExplanation
{
    /// <summary>The hit's score, the sum of the parts.</summary>
    public required float Score { get; init; }

    /// <summary>The matches that added to the score, largest first.</summary>
    public required IReadOnlyList<ScorePart> Parts { get; init; }

    /// <summary>
    /// One line for people, e.g. <c>title: 'Xinjiang' (boost 3.0) 4.10 + body: 'Xinjiang' ×3 1.20 = 5.30</c>.
    /// </summary>
    public required string Summary { get; init; }
}
