namespace NewsSearch;

/// <summary>How many matching articles were published in one period.</summary>
/// <param name="Start">The first instant of the period (midnight UTC).</param>
/// <param name="Count">The matching articles published in the period; 0 for an empty period.</param>
public sealed record TrendBucket(DateTimeOffset Start, int Count);
