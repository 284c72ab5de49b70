namespace NewsSearch;

/// <summary>One value of a facet and how many matching articles have it.</summary>
/// <param name="Value">The value as it was indexed, such as <c>Reuters</c> or <c>2018</c>.</param>
/// <param name="Count">How many of all the matching articles (not just one page) have the value.</param>
public sealed record FacetValue(string Value, int Count);
