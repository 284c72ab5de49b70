namespace NewsSearch;

/// <summary>Matching articles counted per period, from the earliest to the latest matching date.</summary>
public sealed record TrendSeries
{
    /// <summary>The period length used (never <see cref="TrendInterval.Auto"/>).</summary>
    public required TrendInterval Interval { get; init; }

    /// <summary>Every period from the first to the last matching date, in order, empty periods included with a count of 0.</summary>
    public required IReadOnlyList<TrendBucket> Buckets { get; init; }

    /// <summary>Matching articles without a publication date, which no period can hold.</summary>
    public required int Undated { get; init; }

    /// <summary>All matching articles, dated or not.</summary>
    public required int TotalHits { get; init; }
}
