using Lucene.Net.Search;
using NewsSearch.Indexing.NearDuplicates;

namespace NewsSearch.Search.Collapse;

/// <summary>Lists the stories that were published more than once among a query's hits (or the whole index).</summary>
internal static class DuplicateFinder
{
    public static IReadOnlyList<DuplicateCluster> Find(IndexSearcher searcher, Query query, Filter? filter, QueryBudget budget)
    {
        var clusters = StoryClusters.Build(searcher, query, filter, budget);
        var reader = searcher.IndexReader;
        var result = new List<DuplicateCluster>();
        foreach (var docs in clusters.Multiples)
        {
            budget.Check();
            var sketches = docs.Select(doc => SketchField.Read(reader, doc)).ToList();
            var described = docs.Select((doc, i) => StoryClusters.Describe(reader, doc, null, sketches[i])).ToList();
            var order = Enumerable.Range(0, docs.Count)
                .OrderBy(i => described[i].Published ?? DateTimeOffset.MaxValue)
                .ThenBy(i => described[i].Id, StringComparer.Ordinal)
                .ToList();
            var original = sketches[order[0]];
            var articles = order
                .Select(i => described[i] with { Similarity = original is null || sketches[i] is null ? 0 : NearDuplicateSketch.Similarity(original, sketches[i]!) })
                .ToList();
            result.Add(new DuplicateCluster { Articles = articles });
        }

        return result
            .OrderByDescending(cluster => cluster.Articles.Count)
            .ThenBy(cluster => cluster.Articles[0].Published ?? DateTimeOffset.MaxValue)
            .ThenBy(cluster => cluster.Articles[0].Id, StringComparer.Ordinal)
            .ToList();
    }
}
