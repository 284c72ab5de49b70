using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Benchmarks.Baselines;
using NewsSearch.Benchmarks.Corpus;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Indexing.Codec;
using LuceneCompressionMode = Lucene.Net.Codecs.Compressing.CompressionMode;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>stored [--corpus-size N | --corpus reuters] [--rounds R]</c>: the stored fields of the
/// dataset's articles (exactly what NewsSearch stores) under several compressors and chunk sizes:
/// the bytes, and the time to load the snippet fields of one random document as the snippet path
/// does. Loads are interleaved round by round in a shuffled order, so machine load falls on every
/// variant alike; the ratios are against the first variant (NewsSearch's codec before Brotli).
/// </summary>
internal static class StoredFieldsCommand
{
    private static readonly (string Name, LuceneCompressionMode Mode, int ChunkSize)[] Variants =
    [
        ("Deflate, 16 KB chunks (NewsSearch48)", LuceneCompressionMode.HIGH_COMPRESSION, 1 << 14),
        ("Deflate, 32 KB", LuceneCompressionMode.HIGH_COMPRESSION, 1 << 15),
        ("Deflate, 60 KB", LuceneCompressionMode.HIGH_COMPRESSION, 60 << 10),
        ("Deflate, 16 KB, early-stop reader", DeflateCompressionMode.Instance, 1 << 14),
        ("Deflate, 32 KB, early-stop reader", DeflateCompressionMode.Instance, 1 << 15),
        ("Deflate, 60 KB, early-stop reader", DeflateCompressionMode.Instance, 60 << 10),
        ("LZ4, 16 KB (Lucene default)", LuceneCompressionMode.FAST, 1 << 14),
        ("Brotli q5, 16 KB", new BrotliCompressionMode(5), 1 << 14),
        ("Brotli q7, 16 KB", new BrotliCompressionMode(7), 1 << 14),
        ("Brotli q7, 32 KB", new BrotliCompressionMode(7), 1 << 15),
        ("Brotli q7, 60 KB", new BrotliCompressionMode(7), 60 << 10),
    ];

    public static int Run(string[] args)
    {
        var arguments = new Arguments(args);
        var spec = arguments.Get("--corpus") ?? arguments.Get("--corpus-size") ?? "20000";
        var rounds = arguments.GetInt("--rounds", 20);
        var stats = Datasets.Stats(spec);
        var documents = ArticleReader.ReadFile(Datasets.Jsonl(spec)).Select(r => r.Article).OfType<NewsArticle>().Select(StoredOnly).ToList();
        var scratch = Path.Combine(CorpusLocator.CacheFolder, "stored-" + Guid.NewGuid().ToString("N"));
        var built = new List<(string Name, long Bytes, double IndexSeconds, DirectoryReader Reader, IndexWriter Writer)>();
        try
        {
            foreach (var (name, mode, chunkSize) in Variants)
            {
                var path = Path.Combine(scratch, built.Count.ToString(CultureInfo.InvariantCulture));
                var clock = Stopwatch.StartNew();
                // No compound files, so the stored-fields files can be measured. The reader comes from the
                // writer: the variant codec is not registered by name, and a near-real-time reader
                // uses the writer's codec objects instead of looking them up.
                var writer = new IndexWriter(FSDirectory.Open(path), new IndexWriterConfig(LuceneDefaults.Version, null) { Codec = new VariantCodec(mode, chunkSize), RAMBufferSizeMB = 64, UseCompoundFile = false });
                writer.AddDocuments(documents);
                writer.Commit();
                var bytes = System.IO.Directory.EnumerateFiles(path).Where(f => f.EndsWith(".fdt", StringComparison.Ordinal) || f.EndsWith(".fdx", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);
                built.Add((name, bytes, clock.Elapsed.TotalSeconds, DirectoryReader.Open(writer, applyAllDeletes: true), writer));
            }

            var loads = Measure(built.Select(b => b.Reader).ToList(), rounds);
            Print(spec, stats, built.Select((b, i) => (b.Name, b.Bytes, b.IndexSeconds, loads[i])).ToList());
        }
        finally
        {
            foreach (var b in built)
            {
                b.Reader.Dispose();
                b.Writer.Dispose();
                b.Writer.Directory.Dispose();
            }

            if (System.IO.Directory.Exists(scratch))
            {
                System.IO.Directory.Delete(scratch, recursive: true);
            }
        }

        return 0;
    }

    /// <summary>The stored fields NewsSearch writes for the article, and nothing else.</summary>
    private static Document StoredOnly(NewsArticle article)
    {
        var stored = new Document();
        foreach (var field in ArticleDocumentMapper.ToDocument(article).Fields.Where(f => f.IndexableFieldType.IsStored))
        {
            stored.Add(field.GetInt64Value() is { } number ? new StoredField(field.Name, number) : new StoredField(field.Name, field.GetStringValue(CultureInfo.InvariantCulture)));
        }

        return stored;
    }

    /// <summary>Per variant: microseconds to load the snippet fields of one document, one sample per round (the mean over a fixed random set of documents).</summary>
    private static List<Percentiles> Measure(List<DirectoryReader> readers, int rounds)
    {
        var random = new Random(42);
        var docs = Enumerable.Range(0, 2000).Select(_ => random.Next(readers[0].MaxDoc)).ToArray();
        var fields = new HashSet<string>(FieldNames.SnippetFields);
        var results = readers.Select(_ => new Percentiles()).ToList();
        var order = Enumerable.Range(0, readers.Count).ToArray();
        var checksum = 0L;
        for (var round = -1; round < rounds; round++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var clock = Stopwatch.StartNew();
                foreach (var doc in docs)
                {
                    checksum += readers[i].Document(doc, fields).Get(FieldNames.Body, CultureInfo.InvariantCulture)?.Length ?? 0;
                }

                if (round >= 0)
                {
                    results[i].Add(clock.Elapsed.TotalMicroseconds / docs.Length);
                }
            }
        }

        GC.KeepAlive(checksum);
        return results;
    }

    private static void Print(string spec, CorpusStats stats, List<(string Name, long Bytes, double IndexSeconds, Percentiles Load)> rows)
    {
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"Stored fields, {spec} articles: article text {stats.TextBytes / 1e6:0.0} MB; load = the snippet fields of one random document, median of the rounds' means"));
        Console.WriteLine();
        Console.WriteLine("| compressor, chunk | MB | ÷ text | ÷ first | index s | load µs | load ÷ first |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var (firstBytes, firstLoad) = (rows[0].Bytes, rows[0].Load.Median);
        foreach (var (name, bytes, seconds, load) in rows)
        {
            Console.WriteLine(string.Create(invariant, $"| {name} | {bytes / 1e6:0.00} | {(double)bytes / stats.TextBytes:0.000}x | {(double)bytes / firstBytes:0.000} | {seconds:0.0} | {load.Median:0.0} | {load.Median / firstLoad:0.00} |"));
        }
    }

    /// <summary>Lucene 4.6's codec with the given stored-fields compression.</summary>
    [CodecName("StoredFieldsVariant")]
    private sealed class VariantCodec(LuceneCompressionMode mode, int chunkSize) : FilterCodec(new Lucene46Codec())
    {
        private readonly StoredFieldsFormat _storedFields = new CompressingStoredFieldsFormat("StoredFieldsVariant", mode, chunkSize);

        public override StoredFieldsFormat StoredFieldsFormat => _storedFields;
    }
}
