using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Benchmarks.Baselines;
using NewsSearch.Benchmarks.Corpus;
using NewsSearch.Indexing;
using NewsSearch.Indexing.Arrival;
using NewsSearch.Indexing.NearDuplicates;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>Indexing, stage by stage, each measured alone on one thread (except where threads are the point).</summary>
internal static class IndexingProfile
{
    public static int Run(Arguments arguments)
    {
        var spec = arguments.Get("--corpus") ?? arguments.Get("--corpus-size") ?? "20000";
        var jsonl = Datasets.Jsonl(spec);
        var stats = Datasets.Stats(spec);
        var scratch = Path.Combine(CorpusLocator.CacheFolder, "profile-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(scratch);
        var rounds = arguments.GetInt("--rounds", 3);
        var rows = new List<(string Stage, TimeSpan Time, TimeSpan Cpu, long Bytes)>();

        // --quick: only the stages that compare NewsSearch's indexing with raw Lucene's (#15 item 2).
        var full = !arguments.Has("--quick");
        try
        {
            // Warm the JIT on a small prefix so the first stage does not pay for compilation.
            WarmUp(jsonl, Path.Combine(scratch, "warm"));

            for (var round = 0; round < rounds; round++)
            {
                List<NewsArticle> articles = [];
                List<RawArticle> raw = [];
                List<Document> documents = [];
                if (full)
                {
                    rows.Add(Measure("read lines (I/O + UTF-8 decode)", () => File.ReadLines(jsonl).Sum(l => (long)l.Length)));
                }

                rows.Add(Measure("NewsSearch: ArticleReader (JsonDocument + mapper + cleanup)", () => articles = ArticleReader.ReadFile(jsonl).Select(r => r.Article).OfType<NewsArticle>().ToList()));
                rows.Add(Measure("raw: JsonSerializer.Deserialize<RawArticle> (source-generated)", () => raw = RawArticle.ReadJsonl(jsonl).ToList()));
                rows.Add(Measure("NewsSearch: ArticleDocumentMapper.ToDocument", () => documents = articles.Select(ArticleDocumentMapper.ToDocument).ToList()));
                rows.Add(Measure("NewsSearch: near-duplicate sketch + content hash", () => articles.Sum(a => (NearDuplicateSketch.Compute(a.Body)?.Length ?? 0) + (ContentHash.Compute(a) & 1))));
                rows.Add(Measure("raw: SameSchemaDocument", () => raw.Select(a => RawLuceneIndexer.SameSchemaDocument(a)).Count()));
                rows.Add(Measure("analysis only (NewsAnalyzer over every text field, no forms twins)", () => Analyse(articles)));
                if (full)
                {
                    rows.Add(Measure("IndexWriter.AddDocument, NIOFS (the library's directory), + commit", () => Write(documents, Path.Combine(scratch, "add-nio"), update: false, mmap: false)));
                    rows.Add(Measure("IndexWriter.UpdateDocument(id), NIOFS, + commit", () => Write(documents, Path.Combine(scratch, "update-nio"), update: true, mmap: false)));
                }

                rows.Add(Measure("IndexWriter.AddDocument, FSDirectory.Open (mmap), + commit", () => Write(documents, Path.Combine(scratch, "add-mmap"), update: false, mmap: true)));
                foreach (var variant in full ? Enum.GetValues<SchemaVariant>() : [SchemaVariant.Same])
                {
                    var docs = raw.Select(a => RawLuceneIndexer.SameSchemaDocument(a, variant)).ToList();
                    rows.Add(Measure($"raw schema {variant}: AddDocument + commit", () => Write(docs, Path.Combine(scratch, "variant-" + variant), update: false, mmap: true)));
                }

                if (full)
                {
                    rows.Add(Measure("NewsIndexWriter.Upsert loop, parsed articles, one thread", () => Upsert(articles, Path.Combine(scratch, "upsert"), pipeline: false)));
                }

                rows.Add(Measure("NewsIndexWriter.UpsertAll, parsed articles, 1 worker", () => Upsert(articles, Path.Combine(scratch, "upsertall"), pipeline: true)));
                rows.Add(Measure("end to end: ArticleReader -> UpsertAll (1 worker)", () => EndToEnd(jsonl, Path.Combine(scratch, "e2e"), workers: 1)));
                rows.Add(Measure("end to end: ArticleReader -> UpsertAll (2 workers)", () => EndToEnd(jsonl, Path.Combine(scratch, "e2e-2"), workers: 2)));
                rows.Add(Measure("end to end raw: JsonSerializer -> AddDocument, same schema", () => RawLuceneIndexer.IndexSameSchema(jsonl, Path.Combine(scratch, "raw-e2e"))));
                rows.Add(Measure("end to end raw: minimal schema, EnglishAnalyzer", () => RawLuceneIndexer.IndexMinimalSchema(jsonl, Path.Combine(scratch, "raw-minimal"))));
                foreach (var folder in System.IO.Directory.EnumerateDirectories(scratch))
                {
                    System.IO.Directory.Delete(folder, recursive: true);
                }
            }
        }
        finally
        {
            System.IO.Directory.Delete(scratch, recursive: true);
        }

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"Indexing profile, {stats.Articles} articles ({spec}), {stats.JsonlBytes / 1e6:0.0} MB JSONL; median of {rounds} rounds (every stage once per round); {Environment.ProcessorCount} cores, load average {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd}"));
        Console.WriteLine("CPU is the process's (every thread: workers, merges, GC); the last column divides it by the raw minimal schema's, end to end, in this run.");
        Console.WriteLine();
        Console.WriteLine("| stage | wall s | CPU s | CPU µs/article | articles/s (wall) | alloc/article | CPU ÷ raw minimal |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var medians = rows.GroupBy(r => r.Stage).Select(g =>
        {
            var ordered = g.OrderBy(r => r.Cpu).ToList();
            return ordered[ordered.Count / 2];
        }).ToList();
        var rawMinimal = medians.Single(r => r.Stage.StartsWith("end to end raw: minimal", StringComparison.Ordinal)).Cpu;
        foreach (var (stage, time, cpu, bytes) in medians)
        {
            Console.WriteLine(string.Create(invariant, $"| {stage} | {time.TotalSeconds:0.00} | {cpu.TotalSeconds:0.00} | {cpu.TotalMicroseconds / stats.Articles:0.0} | {stats.Articles / time.TotalSeconds:N0} | {bytes / stats.Articles:N0} B | {cpu / rawMinimal:0.00}x |"));
        }

        return 0;
    }

    private static void WarmUp(string jsonl, string folder)
    {
        var articles = ArticleReader.ReadFile(jsonl).Select(r => r.Article).OfType<NewsArticle>().Take(300).ToList();
        Analyse(articles);
        Write(articles.Select(ArticleDocumentMapper.ToDocument).ToList(), folder, update: true, mmap: false);
        Upsert(articles, folder + "-upsert", pipeline: true);
        _ = RawArticle.ReadJsonl(jsonl).Take(300).Select(a => RawLuceneIndexer.SameSchemaDocument(a)).Count();
    }

    private static (string, TimeSpan, TimeSpan, long) Measure(string stage, Func<object?> action) => Measure(stage, () => { _ = action(); });

    private static (string, TimeSpan, TimeSpan, long) Measure(string stage, Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        action();
        var elapsed = Stopwatch.GetElapsedTime(start);
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.Error.WriteLine($"{stage}: {elapsed.TotalSeconds:0.00}s wall, {used.TotalSeconds:0.00}s CPU");
        return (stage, elapsed, used, bytes);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static void EndToEnd(string jsonl, string path, int workers)
    {
        using var writer = NewsIndexWriter.Create(path, new NewsIndexOptions { IndexingThreads = workers });
        writer.UpsertAll(ArticleReader.ReadFile(jsonl).Select(r => r.Article).OfType<NewsArticle>());
    }

    private static long Analyse(List<NewsArticle> articles)
    {
        using var analyzer = NewsAnalyzer.Create();
        long tokens = 0;
        foreach (var article in articles)
        {
            foreach (var (field, text) in TextFields(article))
            {
                using var stream = analyzer.GetTokenStream(field, text);
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    tokens += term.Length > 0 ? 1 : 0;
                }

                stream.End();
            }
        }

        return tokens;
    }

    private static IEnumerable<(string Field, string Text)> TextFields(NewsArticle article)
    {
        if (article.Title is not null)
        {
            yield return (FieldNames.Title, article.Title);
        }

        if (article.Dateline is not null)
        {
            yield return (FieldNames.Dateline, article.Dateline);
        }

        if (article.Byline is not null)
        {
            yield return (FieldNames.Byline, article.Byline);
        }

        if (article.Body.Length > 0)
        {
            yield return (FieldNames.Body, article.Body);
        }

        if (article.Source is not null)
        {
            yield return (FieldNames.Source, article.Source);
        }
    }

    private static void Write(List<Document> documents, string path, bool update, bool mmap)
    {
        using LuceneDirectory directory = mmap ? FSDirectory.Open(path) : new NIOFSDirectory(new DirectoryInfo(path));
        var config = new IndexWriterConfig(LuceneDefaults.Version, NewsAnalyzer.Create())
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var document in documents)
        {
            if (update)
            {
                writer.UpdateDocument(new Term(FieldNames.Id, document.Get(FieldNames.Id, CultureInfo.InvariantCulture)), document);
            }
            else
            {
                writer.AddDocument(document);
            }
        }

        writer.Commit();
    }

    private static void Upsert(List<NewsArticle> articles, string path, bool pipeline)
    {
        using var writer = NewsIndexWriter.Create(path, new NewsIndexOptions { IndexingThreads = 1 });
        if (pipeline)
        {
            writer.UpsertAll(articles);
        }
        else
        {
            foreach (var article in articles)
            {
                writer.Upsert(article);
            }
        }
    }
}
