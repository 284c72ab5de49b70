using Lucene.Net.Index;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace NewsSearch.Search;

/// <summary>
/// One segment seen through the thread's <see cref="QueryBudget.Current"/>; see <see cref="BudgetedDirectoryReader"/>.
/// A search without a time limit gets the segment's own terms and postings, unwrapped.
/// </summary>
internal sealed class BudgetedAtomicReader : FilterAtomicReader
{
    // Postings are cheap to step through; checking the clock at every one would cost more than the step.
    private const int PostingsPerCheck = 4096;
    public BudgetedAtomicReader(AtomicReader input)
        : base(input)
    {
    }

    public override Fields Fields
    {
        get
        {
            var fields = m_input.Fields;
            return fields is not null && QueryBudget.Current is { } budget ? new BudgetedFields(fields, budget) : fields!;
        }
    }

    // The same segment underneath: caches keyed on the segment (sorting, filters) must keep hitting.
    public override object CoreCacheKey => m_input.CoreCacheKey;

    public override object CombinedCoreAndDeletesKey => m_input.CombinedCoreAndDeletesKey;

    private sealed class BudgetedFields(Fields input, QueryBudget budget) : FilterFields(input)
    {
        public override Terms GetTerms(string field) => m_input.GetTerms(field) is { } terms ? new BudgetedTerms(terms, budget) : null!;
    }

    private sealed class BudgetedTerms(Terms input, QueryBudget budget) : FilterTerms(input)
    {
        public override TermsEnum GetEnumerator() => new BudgetedTermsEnum(m_input.GetEnumerator(), budget);

        public override TermsEnum GetEnumerator(TermsEnum reuse) => new BudgetedTermsEnum(m_input.GetEnumerator(), budget);

        // Delegated rather than left to the default, which would step through every term instead of the block tree's fast intersection.
        public override TermsEnum Intersect(CompiledAutomaton compiled, BytesRef startTerm) => new BudgetedTermsEnum(m_input.Intersect(compiled, startTerm), budget);
    }

    private sealed class BudgetedTermsEnum(TermsEnum input, QueryBudget budget) : FilterTermsEnum(input)
    {
        public override bool MoveNext()
        {
            budget.Check();
            return base.MoveNext();
        }

        [Obsolete("Use MoveNext() and Term instead.")]
        public override BytesRef Next()
        {
            budget.Check();
            return m_input.Next();
        }

        public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags) =>
            m_input.Docs(liveDocs, null, flags) is { } docs ? new BudgetedDocsEnum(docs, budget) : null!;

        public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags) =>
            m_input.DocsAndPositions(liveDocs, null, flags) is { } docs ? new BudgetedDocsAndPositionsEnum(docs, budget) : null!;
    }

    private sealed class BudgetedDocsEnum(DocsEnum input, QueryBudget budget) : FilterDocsEnum(input)
    {
        private int _untilCheck = PostingsPerCheck;

        public override int NextDoc()
        {
            Tick();
            return m_input.NextDoc();
        }

        public override int Advance(int target)
        {
            Tick();
            return m_input.Advance(target);
        }

        private void Tick()
        {
            if (--_untilCheck == 0)
            {
                _untilCheck = PostingsPerCheck;
                budget.Check();
            }
        }
    }

    private sealed class BudgetedDocsAndPositionsEnum(DocsAndPositionsEnum input, QueryBudget budget) : FilterDocsAndPositionsEnum(input)
    {
        private int _untilCheck = PostingsPerCheck;

        public override int NextDoc()
        {
            Tick();
            return m_input.NextDoc();
        }

        public override int Advance(int target)
        {
            Tick();
            return m_input.Advance(target);
        }

        private void Tick()
        {
            if (--_untilCheck == 0)
            {
                _untilCheck = PostingsPerCheck;
                budget.Check();
            }
        }
    }
}
