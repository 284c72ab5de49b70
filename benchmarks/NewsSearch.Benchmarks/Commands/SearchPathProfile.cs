using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Benchmarks.Corpus;
using NewsSearch.Search;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>profile path [--corpus reuters | --corpus-size N | --index DIR] [--runs N]</c>: the steps of
/// one warm <see cref="NewsSearcher.Search(NewsQuery)"/> without snippets, each timed alone and
/// interleaved with the others, beside the whole call and raw Lucene's search of the same query.
/// What the whole call costs beyond the Lucene search and the ten list rows is the wrapper's
/// per-query overhead.
/// </summary>
internal static class SearchPathProfile
{
    public static int Run(Arguments arguments)
    {
        var spec = arguments.Get("--corpus") ?? arguments.Get("--corpus-size") ?? "reuters";
        var runs = arguments.GetInt("--runs", 200);
        var index = arguments.Get("--index") ?? Datasets.NewsSearchIndex(spec);
        using var newsSearcher = NewsSearcher.Open(index);
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var features = QueryFeatures.Create(null);
        var analyzer = NewsAnalyzer.Create();

        var stageNames = new[]
        {
            "= NewsSearcher.Search, no snippets",
            "parse + synonyms (QueryFeatures.Expand)",
            "  of which QueryCompiler.Parse",
            "BuildFilter",
            "Lucene top 10 through the budgeted reader + BudgetedCollector, 5 s limit",
            "Lucene top 10 through the budgeted reader, no limit",
            "Lucene top 10, plain reader, out-of-order collector",
            "Lucene top 10, plain reader, in-order collector",
            "list rows x10 (ListFieldReader)",
            "synonyms used (ExpandedQuery.UsedIn)",
            "WordClauses (what relaxation may drop)",
            "segments",
        };
        var medians = new Dictionary<(string Query, int Stage), double>();
        foreach (var searchCase in QueryMix.All)
        {
            var request = QueryMix.ToNewsQuery(searchCase, false);
            var (expanded, shape) = features.Compile(request);
            var filter = QueryCompiler.BuildFilter(request);
            var bounded = new IndexSearcher(new BudgetedDirectoryReader(reader)) { Similarity = searcher.Similarity };
            var top = Top(searcher, expanded.Query, filter, request, inOrder: false);
            var stages = new Func<object?>[]
            {
                () => newsSearcher.Search(request),
                () => features.Expand(request),
                () => QueryCompiler.Parse(request.Text, analyzer, matchAny: false),
                () => QueryCompiler.BuildFilter(request),
                () => Budgeted(bounded, expanded.Query, filter, TimeSpan.FromSeconds(5)),
                () => Budgeted(bounded, expanded.Query, filter, null),
                () => Top(searcher, expanded.Query, filter, request, inOrder: false),
                () => Top(searcher, expanded.Query, filter, request, inOrder: true),
                () => top.ScoreDocs.Select(d => ListFieldReader.Read(reader, d.Doc, d.Score, [])).Count(),
                () => expanded.UsedIn(reader),
                () => QueryCompiler.WordClauses(expanded.Query, shape.Parts)?.Count ?? 0,
                () => reader.Leaves.Count,
            };
            var stageMedians = InterleavedStages.Medians(stages, runs, warmup: 30);
            for (var s = 0; s < stages.Length; s++)
            {
                medians[(searchCase.Name, s)] = s == stages.Length - 1 ? reader.Leaves.Count : stageMedians[s];
            }
        }

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"NewsSearcher.Search step by step, {spec}: median µs of each step alone, {runs} interleaved runs per query; {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}"));
        Console.WriteLine();
        Console.WriteLine("| step | " + string.Join(" | ", QueryMix.Names) + " |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", QueryMix.All.Count)));
        for (var s = 0; s < stageNames.Length; s++)
        {
            var cells = QueryMix.All.Select(c => medians[(c.Name, s)].ToString("0.0", invariant));
            Console.WriteLine($"| {stageNames[s]} | {string.Join(" | ", cells)} |");
        }

        return 0;
    }

    private static TopDocs Budgeted(IndexSearcher bounded, Query query, Filter? filter, TimeSpan? limit)
    {
        var budget = QueryBudget.Start(limit);
        using var scope = budget.Enter();
        var collector = TopScoreDocCollector.Create(10, docsScoredInOrder: false);
        bounded.Search(query, filter, BudgetedCollector.Wrap(collector, budget));
        return collector.GetTopDocs();
    }

    private static TopDocs Top(IndexSearcher searcher, Query query, Filter? filter, NewsQuery request, bool inOrder)
    {
        if (request.Sort == SortOrder.Newest)
        {
            var field = new SortField(Indexing.FieldNames.Published, SortFieldType.INT64, reverse: true);
            field.SetMissingValue(long.MinValue);
            return searcher.Search(query, filter, 10, new Sort(field, SortField.FIELD_SCORE), doDocScores: true, doMaxScore: false);
        }

        var collector = TopScoreDocCollector.Create(10, docsScoredInOrder: inOrder);
        searcher.Search(query, filter, collector);
        return collector.GetTopDocs();
    }
}
