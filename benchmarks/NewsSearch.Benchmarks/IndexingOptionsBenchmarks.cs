using BenchmarkDotNet.Attributes;
using NewsSearch.Benchmarks.Corpus;

namespace NewsSearch.Benchmarks;

/// <summary>
/// The writer's knobs: RAM buffer size, and whether parsing runs on the caller's thread while
/// one or two workers index (UpsertAll with IndexingThreads) or everything runs on one thread
/// (Upsert in a loop).
/// </summary>
[Config(typeof(BenchConfigs.Indexing))]
public class IndexingOptionsBenchmarks
{
    private string _jsonl = "";
    private string _output = "";

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "";

    public static IEnumerable<string> Corpora => [BenchmarkSettings.IndexingCorpus];

    [Params(16, 64, 256)]
    public int RamBufferMb { get; set; }

    [Params("one thread", "parse+1 worker", "parse+2 workers")]
    public string Threads { get; set; } = "";

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
    }

    [Benchmark]
    public long NewsSearch()
    {
        var options = new NewsIndexOptions
        {
            RamBufferSizeMb = RamBufferMb,
            IndexingThreads = Threads == "parse+2 workers" ? 2 : 1,
        };
        using var writer = NewsIndexWriter.Create(_output, options);
        var articles = ArticleReader.ReadFile(_jsonl).Select(r => r.Article).OfType<NewsArticle>();
        long count = 0;
        if (Threads == "one thread")
        {
            foreach (var article in articles)
            {
                writer.Upsert(article);
                count++;
            }
        }
        else
        {
            count = writer.UpsertAll(articles);
        }

        writer.Commit();
        return count;
    }
}
