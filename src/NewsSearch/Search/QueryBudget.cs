using System.Diagnostics;

namespace NewsSearch.Search;

/// <summary>
/// The time one search may take. Lucene.NET 4.8 cannot interrupt a thread safely, so the search
/// checks the clock itself wherever work grows with the index: at every term a wildcard, fuzzy or
/// range query enumerates, every few thousand postings, every few hundred collected hits, and
/// between the steps of a search (see <see cref="BudgetedDirectoryReader"/> and <see cref="BudgetedCollector"/>).
/// The budget of the search running on a thread is <see cref="Current"/>: the enumerators of a
/// reader wrapped once per snapshot find it there, so no search builds a reader of its own.
/// </summary>
internal sealed class QueryBudget
{
    [ThreadStatic]
    private static QueryBudget? t_current;

    /// <summary>The limit of an operation that sets none (<see cref="NewsQuery.Timeout"/>'s default).</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(5);

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

    /// <summary>The budget of the search this thread runs, or null when it has no time limit (or runs no search).</summary>
    public static QueryBudget? Current => t_current;

    /// <summary>Starts the clock; a null, zero or infinite limit means no limit.</summary>
    public static QueryBudget Start(TimeSpan? limit) => new(limit is { } span && span > TimeSpan.Zero && span != Timeout.InfiniteTimeSpan ? span : null);

    /// <summary>
    /// Makes this the <see cref="Current"/> budget of the thread until the scope is disposed. A budget
    /// without a limit is not made current: nothing needs to check it, so the readers skip their checks.
    /// </summary>
    public Scope Enter()
    {
        var previous = t_current;
        t_current = Limit is null ? null : this;
        return new Scope(previous);
    }

    /// <summary>Throws <see cref="QueryBudgetExceededException"/> once the time is up.</summary>
    public void Check()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new QueryBudgetExceededException();
        }
    }

    /// <summary>Restores the thread's previous budget.</summary>
    internal readonly struct Scope(QueryBudget? previous) : IDisposable
    {
        public void Dispose() => t_current = previous;
    }
}
