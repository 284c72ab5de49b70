namespace NewsSearch;

/// <summary>One value of a facet and how many matching articles have it.</summary>
/// <param name="Value">The value as it was indexed, such as <c>Reuters</c> or <c>2018</c>; <see cref="NoValue"/> for undated articles in the year facet.</param>
/// <param name="Count">How many of all the matching articles (not just one page) have the value.</param>
public sealed record FacetValue(string Value, int Count)
{
    /// <summary>The year facet's value for matching articles without a date, so the counts add up to the matches.</summary>
    public const string NoValue = "(none)";
}
