using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>
/// Finds the top documents of a query: ranked or by date, paged, every collector checking the
/// time budget, and relaxed to "most of the words" when no article holds them all.
/// </summary>
internal static class QueryExecutor
{
    /// <summary>The top documents, the query that found them (relaxed or not), and how far it was relaxed.</summary>
    public static (TopDocs TopDocs, Query Used, PartialMatch? Partial) Execute(IndexSearcher searcher, Query query, Filter? filter, NewsQuery request, QueryBudget budget)
    {
        var topDocs = Run(searcher, query, filter, request, budget);
        var required = QueryCompiler.RequiredCount(query);
        if (topDocs.TotalHits > 0 || request.MatchAny || required < 2 || QueryCompiler.HasExplicitConjunction(request.Text))
        {
            return (topDocs, query, null);
        }

        // No article has every word: long natural-language queries would otherwise find nothing.
        // Usually one word is missing, so try that first; otherwise search for the most words any
        // article holds by halving, so a 1000-word query costs about ten runs, not a thousand.
        (TopDocs TopDocs, Query Used, PartialMatch? Partial) best = (topDocs, query, null);
        var (low, high) = (1, required - 1);
        var minimum = high;
        while (low <= high)
        {
            budget.Check();
            var relaxed = QueryCompiler.Relax(query, minimum)!;
            var relaxedDocs = Run(searcher, relaxed, filter, request, budget);
            if (relaxedDocs.TotalHits > 0)
            {
                best = (relaxedDocs, relaxed, new PartialMatch(minimum, required));
                low = minimum + 1;
            }
            else
            {
                high = minimum - 1;
            }

            minimum = low + ((high - low + 1) / 2);
        }

        return best;
    }

    /// <summary>The first <see cref="NewsQuery.Skip"/> + <see cref="NewsQuery.Take"/> documents of <paramref name="query"/> in the requested order.</summary>
    public static TopDocs Run(IndexSearcher searcher, Query query, Filter? filter, NewsQuery request, QueryBudget budget)
    {
        // Never ask for more rows than the index has: a deep offset must not allocate a huge queue.
        var maxDoc = Math.Max(1, searcher.IndexReader.MaxDoc);
        var wanted = (int)Math.Min((long)request.Skip + request.Take, maxDoc);
        if (wanted <= 0 || request.Skip >= maxDoc)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(query, filter, BudgetedCollector.Wrap(counter, budget));
            return new TopDocs(counter.TotalHits, [], float.NaN);
        }

        // The collectors IndexSearcher.Search(query, filter, n[, sort]) would make, wrapped so collection checks the budget.
        switch (request.Sort)
        {
            case SortOrder.Newest:
            case SortOrder.Oldest:
                var sorted = TopFieldCollector.Create(DateSort(reverse: request.Sort == SortOrder.Newest), wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
                searcher.Search(query, filter, BudgetedCollector.Wrap(sorted, budget));
                return sorted.GetTopDocs();
            default:
                var ranked = TopScoreDocCollector.Create(wanted, docsScoredInOrder: QueryCompiler.ScoresBestInOrder(query));
                searcher.Search(query, filter, BudgetedCollector.Wrap(ranked, budget));
                return ranked.GetTopDocs();
        }
    }

    private static Sort DateSort(bool reverse)
    {
        // Undated articles go last whichever way the dates run.
        var field = new SortField(FieldNames.Published, SortFieldType.INT64, reverse);
        field.SetMissingValue(reverse ? long.MinValue : long.MaxValue);
        return new Sort(field, SortField.FIELD_SCORE);
    }
}
