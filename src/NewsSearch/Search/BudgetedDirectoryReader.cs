using Lucene.Net.Index;

namespace NewsSearch.Search;

/// <summary>
/// A view of a reader whose term and posting enumerators check a <see cref="QueryBudget"/>, so a
/// wildcard over millions of terms or a phrase over huge postings stops when the time is up (what
/// Lucene 5's ExitableDirectoryReader does; 4.8 has none). Made per search and never disposed:
/// disposing it would close the shared reader underneath.
/// </summary>
internal sealed class BudgetedDirectoryReader : FilterDirectoryReader
{
    private readonly QueryBudget _budget;

    public BudgetedDirectoryReader(DirectoryReader input, QueryBudget budget)
        : base(input, new Wrapper(budget))
    {
        _budget = budget;
    }

    protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new BudgetedDirectoryReader(input, _budget);

    private sealed class Wrapper(QueryBudget budget) : SubReaderWrapper
    {
        public override AtomicReader Wrap(AtomicReader reader) => new BudgetedAtomicReader(reader, budget);
    }
}
