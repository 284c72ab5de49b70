using Lucene.Net.Search;

namespace NewsSearch.Search.Facets;

/// <summary>Runs the facet counts a query asks for over all of its hits.</summary>
internal static class FacetCounter
{
    public static IReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>> Count(IndexSearcher searcher, Query query, Filter? filter, NewsQuery request, QueryBudget budget)
    {
        if (request.Facets.Count == 0)
        {
            return new Dictionary<FacetField, IReadOnlyList<FacetValue>>();
        }

        var collector = new FacetCollector(request.Facets);
        searcher.Search(query, filter, BudgetedCollector.Wrap(collector, budget));
        return collector.Results(request.FacetLimit);
    }
}
