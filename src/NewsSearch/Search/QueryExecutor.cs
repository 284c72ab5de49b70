using Lucene.Net.Search;
using NewsSearch.Indexing;
using NewsSearch.Search.Scoring;

namespace NewsSearch.Search;

/// <summary>
/// Finds the top documents of a query: ranked or by date, paged, every collector checking the
/// time budget, and relaxed to "most of the words" when no article holds them all.
/// </summary>
internal static class QueryExecutor
{
    /// <summary>The top documents, the query that found them (relaxed or not), and how far it was relaxed.</summary>
    public static (TopDocs TopDocs, Query Used, PartialMatch? Partial) Execute(IndexSearcher searcher, Query query, ParsedQuery shape, Filter? filter, NewsQuery request, QueryBudget budget)
    {
        // Neighbouring words found near each other rank higher (proximity pairs), for keyword
        // queries and pasted text alike; relaxation (below) runs the words as typed.
        var ranked = ProximityBoost.Add(query, shape.Parts);
        var topDocs = Run(searcher, ranked, filter, request, budget);
        if (topDocs.TotalHits > 0 || request.MatchAny || shape.Verbose || query is not BooleanQuery boolean
            || QueryCompiler.WordClauses(query, shape.Parts) is not { } wordClauses)
        {
            return (topDocs, ranked, null);
        }

        // Only plain words are relaxed: a field, +word, -word or AND-joined word is what the user
        // asked for explicitly, and a hit without it would be a wrong answer, not a partial one.
        wordClauses.RemoveWhere(i => boolean.Clauses[i].Occur != Occur.MUST);
        var required = wordClauses.Count;

        // Beside a +word every other word may go; beside only a filter (date:, source:) one word
        // must stay, or the hits would be the filter's articles with none of the words.
        var floor = shape.Parts.Any(p => p.Kind == QueryPartKind.Required && p.Query is not null) ? 0 : 1;
        if (required <= floor || (floor == 1 && required < 2) || boolean.Clauses.Any(c => c.Occur == Occur.SHOULD))
        {
            return (topDocs, query, null);
        }

        // No article has every word: long natural-language queries would otherwise find nothing.
        // Usually one word is missing, so try that first; otherwise search for the most words any
        // article holds by halving, so a 1000-word query costs about ten runs, not a thousand.
        (TopDocs TopDocs, Query Used, PartialMatch? Partial) best = (topDocs, query, null);
        var texts = shape.Parts.Where(p => p.Query is not null).Select(p => p.Text).ToList();
        var (low, high) = (floor, required - 1);
        var minimum = high;
        while (low <= high)
        {
            budget.Check();
            var relaxed = RarityFirst.Add(QueryCompiler.Relax(query, wordClauses, minimum), boolean, wordClauses, texts, searcher);
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

        if (best.Partial is { } partial)
        {
            best.Partial = partial with
            {
                Missing = MissingWords(searcher, best.Used, best.TopDocs.TotalHits, boolean, wordClauses, shape, filter, budget),
                Kept = [.. shape.Parts.Where(p => p.Query is not null && p.Kind != QueryPartKind.Word).Select(p => p.Kind == QueryPartKind.Excluded ? "-" + p.Text : p.Text)],
            };
        }

        return best;
    }

    /// <summary>For each relaxed word, how many hits of the relaxed query lack it: one count per word.</summary>
    private static IReadOnlyList<MissingWord> MissingWords(IndexSearcher searcher, Query relaxed, int total, BooleanQuery original, IReadOnlySet<int> wordClauses, ParsedQuery shape, Filter? filter, QueryBudget budget)
    {
        var texts = shape.Parts.Where(p => p.Query is not null).Select(p => p.Text).ToList();
        var missing = new List<MissingWord>();
        foreach (var i in wordClauses.Order())
        {
            budget.Check();
            var with = new BooleanQuery(disableCoord: true) { { relaxed, Occur.MUST }, { original.Clauses[i].Query, Occur.MUST } };
            var counter = new TotalHitCountCollector();
            searcher.Search(with, filter, BudgetedCollector.Wrap(counter, budget));
            if (counter.TotalHits < total)
            {
                missing.Add(new MissingWord(texts[i], total - counter.TotalHits));
            }
        }

        return [.. missing.OrderByDescending(m => m.MissingFrom)];
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
