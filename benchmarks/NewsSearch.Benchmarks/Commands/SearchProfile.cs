using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Benchmarks.Corpus;
using NewsSearch.Highlighting;
using NewsSearch.Indexing;
using NewsSearch.Search;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// One search, stage by stage: what NewsSearcher.Search does (parse, filter, Lucene search, list
/// fields from doc values, highlight terms, snippets) and the raw Lucene.NET counterpart of each,
/// as medians over many runs of each query.
/// </summary>
internal static class SearchProfile
{
    private static readonly string[] Fields = ["title", "subtitle", "captions", "body", "byline", "dateline"];

    public static int Run(Arguments arguments)
    {
        var spec = arguments.Get("--corpus") ?? arguments.Get("--corpus-size") ?? "100000";
        var runs = arguments.GetInt("--runs", 300);
        var index = Datasets.NewsSearchIndex(spec);
        using var newsSearcher = NewsSearcher.Open(index);
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var analyzer = NewsAnalyzer.Create();
        var boosts = new Dictionary<string, float>(NewsQueryParser.Boosts);

        var stages = new (string Name, Func<SearchCase, object?> Action)[]
        {
            ("NewsSearch parse (QueryCompiler.Parse)", c => QueryCompiler.Parse(c.Text, analyzer, matchAny: false)),
            ("raw parse (new MultiFieldQueryParser + Parse)", c => new MultiFieldQueryParser(LuceneDefaults.Version, Fields, analyzer, boosts) { DefaultOperator = Operator.AND, FuzzyPrefixLength = 1 }.Parse(c.Text)),
            ("NewsSearch filter (QueryCompiler.BuildFilter)", c => QueryCompiler.BuildFilter(QueryMix.ToNewsQuery(c, false))),
            ("Lucene search, top 10", c => Top(searcher, analyzer, c)),
            ("list fields from doc values x10 (NewsSearch)", c => Top(searcher, analyzer, c).ScoreDocs.Select(d => ListFieldReader.Read(reader, d.Doc, d.Score, [])).Count()),
            ("list fields from stored fields x10 (raw)", c => Top(searcher, analyzer, c).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("title", CultureInfo.InvariantCulture)).Count()),
            ("HighlightTerms.Extract", c => HighlightTerms.Extract(QueryCompiler.Parse(c.Text, analyzer, false), reader)),
            ("SnippetBuilder.Build x10", c =>
            {
                var query = QueryCompiler.Parse(c.Text, analyzer, false);
                var terms = HighlightTerms.Extract(query, reader);
                return Top(searcher, analyzer, c).ScoreDocs.Sum(d => SnippetBuilder.Build(searcher, d.Doc, terms, 2).Count);
            }),
            ("raw Highlighter (QueryScorer, re-analysis) x10", c =>
            {
                var query = QueryCompiler.Parse(c.Text, analyzer, false);
                var highlighter = new Highlighter(new SimpleHTMLFormatter("[", "]"), new QueryScorer(query));
                return Top(searcher, analyzer, c).ScoreDocs.Sum(d => searcher.Doc(d.Doc).Get("body", CultureInfo.InvariantCulture) is { } body ? highlighter.GetBestFragments(analyzer, "body", body, 2).Length : 0);
            }),
            ("NewsSearcher.Search, no snippets (total)", c => newsSearcher.Search(QueryMix.ToNewsQuery(c, false))),
            ("NewsSearcher.Search, snippets (total)", c => newsSearcher.Search(QueryMix.ToNewsQuery(c, true))),
        };

        // Stages that include the search subtract it in the table, so each row is that stage alone.
        var includesSearch = new[] { 4, 5, 7, 8 };
        var includesParse = new[] { 6, 7, 8 };
        var medians = new Dictionary<(string Query, int Stage), double>();
        foreach (var searchCase in QueryMix.All)
        {
            for (var s = 0; s < stages.Length; s++)
            {
                var samples = new Percentiles();
                for (var i = 0; i < 30; i++)
                {
                    stages[s].Action(searchCase);
                }

                for (var i = 0; i < runs; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    stages[s].Action(searchCase);
                    samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                }

                medians[(searchCase.Name, s)] = samples.Median;
            }
        }

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"Search profile, {spec} articles: median µs per stage over {runs} runs (stages marked * have the Lucene search, ** also the parse, subtracted); {DateTime.UtcNow:yyyy-MM-dd}"));
        Console.WriteLine();
        Console.WriteLine("| stage | " + string.Join(" | ", QueryMix.Names) + " |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", QueryMix.All.Count)));
        for (var s = 0; s < stages.Length; s++)
        {
            var label = stages[s].Name + (includesParse.Contains(s) ? " **" : includesSearch.Contains(s) ? " *" : "");
            var cells = QueryMix.All.Select(c =>
            {
                var value = medians[(c.Name, s)];
                if (includesSearch.Contains(s) && s != 6)
                {
                    value -= medians[(c.Name, 3)];
                }

                if (includesParse.Contains(s))
                {
                    value -= medians[(c.Name, 0)];
                }

                return value.ToString("0.0", invariant);
            });
            Console.WriteLine($"| {label} | {string.Join(" | ", cells)} |");
        }

        return 0;
    }

    private static TopDocs Top(IndexSearcher searcher, Lucene.Net.Analysis.Analyzer analyzer, SearchCase searchCase)
    {
        var query = QueryCompiler.Parse(searchCase.Text, analyzer, matchAny: false);
        var filter = QueryCompiler.BuildFilter(QueryMix.ToNewsQuery(searchCase, false));
        return searchCase.Newest
            ? searcher.Search(query, filter, 10, new Sort(new SortField(FieldNames.Published, SortFieldType.INT64, reverse: true)))
            : searcher.Search(query, filter, 10);
    }
}
