using System.Diagnostics;

namespace NewsSearch.Search;

/// <summary>
/// The time one search may take. Lucene.NET 4.8 cannot interrupt a thread safely, so the search
/// checks the clock itself wherever work grows with the index: at every term a wildcard, fuzzy or
/// range query enumerates, every few thousand postings, every few hundred collected hits, and
/// between the steps of a search (see <see cref="BudgetedDirectoryReader"/> and <see cref="BudgetedCollector"/>).
/// </summary>
internal sealed class QueryBudget
{
    private readonly long _deadline;

    private QueryBudget(TimeSpan? limit)
    {
        Limit = limit;
        _deadline = limit is { } span && span > TimeSpan.Zero && span < TimeSpan.MaxValue
            ? Stopwatch.GetTimestamp() + (long)(span.TotalSeconds * Stopwatch.Frequency)
            : long.MaxValue;
    }

    /// <summary>The limit, or null for none.</summary>
    public TimeSpan? Limit { get; }

    /// <summary>Starts the clock; a null, zero or infinite limit means no limit.</summary>
    public static QueryBudget Start(TimeSpan? limit) => new(limit is { } span && span > TimeSpan.Zero && span != Timeout.InfiniteTimeSpan ? span : null);

    /// <summary>Throws <see cref="QueryBudgetExceededException"/> once the time is up.</summary>
    public void Check()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new QueryBudgetExceededException();
        }
    }
}
