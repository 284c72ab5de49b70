using Lucene.Net.Index;

namespace NewsSearch.Search;

/// <summary>
/// A view of a reader whose term and posting enumerators check the thread's
/// <see cref="QueryBudget.Current"/>, so a wildcard over millions of terms or a phrase over huge
/// postings stops when the time is up (what Lucene 5's ExitableDirectoryReader does; 4.8 has none).
/// Made once per snapshot (see <see cref="BudgetedSearchers"/>), not per search: each wrapper
/// registers itself with every segment reader underneath, which keeps a weak reference to it until
/// the segment closes, so a wrapper per search would pile up handles for as long as the snapshot
/// lives. Never disposed: disposing it would close the shared reader underneath.
/// </summary>
internal sealed class BudgetedDirectoryReader : FilterDirectoryReader
{
    public BudgetedDirectoryReader(DirectoryReader input)
        : base(input, new Wrapper())
    {
    }

    protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new BudgetedDirectoryReader(input);

    private sealed class Wrapper : SubReaderWrapper
    {
        public override AtomicReader Wrap(AtomicReader reader) => new BudgetedAtomicReader(reader);
    }
}
