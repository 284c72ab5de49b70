using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Search;

/// <summary>Passes hits to another collector, checking the query's time budget every few hundred hits and at each segment.</summary>
internal sealed class BudgetedCollector : ICollector
{
    private const int CheckEvery = 256;
    private readonly ICollector _inner;
    private readonly QueryBudget _budget;
    private int _untilCheck = CheckEvery;

    private BudgetedCollector(ICollector inner, QueryBudget budget)
    {
        _inner = inner;
        _budget = budget;
    }

    /// <summary><paramref name="inner"/> itself when the search has no time limit, else <paramref name="inner"/> checking <paramref name="budget"/>.</summary>
    public static ICollector Wrap(ICollector inner, QueryBudget budget) => budget.Limit is null ? inner : new BudgetedCollector(inner, budget);

    public bool AcceptsDocsOutOfOrder => _inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _inner.SetScorer(scorer);

    public void Collect(int doc)
    {
        if (--_untilCheck == 0)
        {
            _untilCheck = CheckEvery;
            _budget.Check();
        }

        _inner.Collect(doc);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _budget.Check();
        _inner.SetNextReader(context);
    }
}
