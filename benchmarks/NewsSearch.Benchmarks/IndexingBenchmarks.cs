using BenchmarkDotNet.Attributes;
using NewsSearch.Benchmarks.Baselines;
using NewsSearch.Benchmarks.Corpus;

namespace NewsSearch.Benchmarks;

/// <summary>
/// End-to-end indexing of a JSON Lines file into a committed index on disk: NewsSearch (reader,
/// parse, map, analyse, write) against raw Lucene.NET with the same schema and analyzer, raw
/// Lucene.NET with a minimal schema and its stock EnglishAnalyzer, and SQLite FTS5.
/// </summary>
[Config(typeof(BenchConfigs.Indexing))]
public class IndexingBenchmarks
{
    private string _jsonl = "";
    private string _output = "";

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "";

    public static IEnumerable<string> Corpora => [BenchmarkSettings.IndexingCorpus];

    [GlobalSetup]
    public void Setup() => _jsonl = Datasets.Jsonl(Corpus);

    [IterationSetup]
    public void NewOutput() => _output = Path.Combine(CorpusLocator.CacheFolder, "run-" + Guid.NewGuid().ToString("N"));

    [IterationCleanup]
    public void DeleteOutput()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }

        File.Delete(_output + ".db");
    }

    [Benchmark(Baseline = true, Description = "Raw Lucene, same schema")]
    public long RawLucene_SameSchema() => RawLuceneIndexer.IndexSameSchema(_jsonl, _output);

    [Benchmark(Description = "NewsSearch (UpsertAll)")]
    public long NewsSearch_EndToEnd()
    {
        using var writer = NewsIndexWriter.Create(_output);
        var count = writer.UpsertAll(ArticleReader.ReadFile(_jsonl).Select(r => r.Article).OfType<NewsArticle>());
        writer.Commit();
        return count;
    }

    [Benchmark(Description = "Raw Lucene, minimal schema")]
    public long RawLucene_MinimalSchema() => RawLuceneIndexer.IndexMinimalSchema(_jsonl, _output);

    [Benchmark(Description = "SQLite FTS5")]
    public long Sqlite_Fts5() => SqliteFts.Build(_jsonl, _output + ".db");
}
