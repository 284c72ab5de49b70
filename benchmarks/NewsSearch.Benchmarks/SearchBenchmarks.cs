using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using NewsSearch.Benchmarks.Baselines;
using NewsSearch.Benchmarks.Corpus;

namespace NewsSearch.Benchmarks;

/// <summary>
/// Warm top-10 search over one index built once (cached across processes): NewsSearch against
/// raw Lucene.NET on the same index files (the baseline) and SQLite FTS5 on the same articles, for
/// each kind of query, without snippets (id, title, source, date) and with them.
/// </summary>
[Config(typeof(BenchConfigs.Search))]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes through [GlobalCleanup]; benchmark classes cannot be sealed")]
public class SearchBenchmarks
{
    private const string Top10 = "top 10";
    private const string WithSnippets = "top 10 + snippets";
    private NewsSearcher? _newsSearcher;
    private RawLuceneSearcher? _raw;
    private SqliteFts? _sqlite;
    private SearchCase _case = QueryMix.All[0];
    private NewsQuery _plain = new("");
    private NewsQuery _highlighted = new("");

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "";

    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = "";

    public static IEnumerable<string> Corpora => [BenchmarkSettings.SearchCorpus];

    public static IEnumerable<string> Queries => QueryMix.Names;

    [GlobalSetup]
    public void Setup()
    {
        var index = Datasets.NewsSearchIndex(Corpus);
        var database = Datasets.SqliteDatabase(Corpus);
        _case = QueryMix.Get(Query);
        _plain = QueryMix.ToNewsQuery(_case, highlight: false);
        _highlighted = QueryMix.ToNewsQuery(_case, highlight: true);
        _newsSearcher = NewsSearcher.Open(index);
        _raw = new RawLuceneSearcher(index);
        _sqlite = new SqliteFts(database);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _newsSearcher?.Dispose();
        _raw?.Dispose();
        _sqlite?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Raw Lucene")]
    [BenchmarkCategory(Top10)]
    public int RawLucene() => _raw!.Search(_case, snippets: false).Count;

    [Benchmark(Description = "NewsSearch")]
    [BenchmarkCategory(Top10)]
    public int NewsSearch() => _newsSearcher!.Search(_plain).Hits.Count;

    [Benchmark(Description = "SQLite FTS5")]
    [BenchmarkCategory(Top10)]
    public int Sqlite() => _sqlite!.Search(_case, snippets: false).Count;

    [Benchmark(Baseline = true, Description = "Raw Lucene")]
    [BenchmarkCategory(WithSnippets)]
    public int RawLucene_Snippets() => _raw!.Search(_case, snippets: true).Count;

    [Benchmark(Description = "NewsSearch")]
    [BenchmarkCategory(WithSnippets)]
    public int NewsSearch_Snippets() => _newsSearcher!.Search(_highlighted).Hits.Count;

    [Benchmark(Description = "SQLite FTS5")]
    [BenchmarkCategory(WithSnippets)]
    public int Sqlite_Snippets() => _sqlite!.Search(_case, snippets: true).Count;
}
