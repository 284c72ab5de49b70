using System.Globalization;
using NewsSearch.Benchmarks.Baselines;
using NewsSearch.Benchmarks.Corpus;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>size [--corpus-size N | --corpus reuters] [--variants]</c>: index size against the raw
/// article text, broken down by what the bytes hold, for NewsSearch's index, SQLite FTS5 and
/// (with --variants) raw Lucene with the same schema plus offsets, or minus stored text or doc values.
/// </summary>
internal static class SizeCommand
{
    public static int Run(string[] args)
    {
        var arguments = new Arguments(args);
        var spec = arguments.Get("--corpus") ?? arguments.Get("--corpus-size") ?? "20000";
        var jsonl = Datasets.Jsonl(spec);
        var stats = Datasets.Stats(spec);
        var rows = new List<(string Name, string Path, bool IsLucene)>
        {
            ("NewsSearch", Datasets.NewsSearchIndex(spec), true),
            ("SQLite FTS5", Datasets.SqliteDatabase(spec), false),
        };
        var scratch = Path.Combine(CorpusLocator.CacheFolder, "size-" + Guid.NewGuid().ToString("N"));
        try
        {
            if (arguments.Has("--variants"))
            {
                foreach (var variant in Enum.GetValues<SchemaVariant>())
                {
                    var path = Path.Combine(scratch, variant.ToString());
                    RawLuceneIndexer.IndexSameSchema(jsonl, path, variant: variant);
                    rows.Add(("Raw Lucene, " + variant, path, true));
                }

                var minimal = Path.Combine(scratch, "minimal");
                RawLuceneIndexer.IndexMinimalSchema(jsonl, minimal);
                rows.Add(("Raw Lucene, minimal schema", minimal, true));
            }

            Print(spec, stats, rows);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        return 0;
    }

    private static void Print(string spec, CorpusStats stats, List<(string Name, string Path, bool IsLucene)> rows)
    {
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"Index size, {spec} articles: article text {stats.TextBytes / 1e6:0.0} MB (UTF-8 of title, subtitle, byline, dateline, body, captions), JSONL {stats.JsonlBytes / 1e6:0.0} MB"));
        Console.WriteLine();
        Console.WriteLine("| index | MB | ÷ text | " + string.Join(" | ", IndexFiles.Parts) + " |");
        Console.WriteLine("|---|---:|---:|" + string.Concat(Enumerable.Repeat("---:|", IndexFiles.Parts.Length)));
        foreach (var (name, path, isLucene) in rows)
        {
            var total = isLucene ? IndexFiles.Total(path) : new FileInfo(path).Length;
            var parts = isLucene ? IndexFiles.Breakdown(path) : null;
            var cells = IndexFiles.Parts.Select(p => parts is null ? "-" : string.Create(invariant, $"{parts[p] / 1e6:0.0} ({(double)parts[p] / stats.TextBytes:0.00}x)"));
            Console.WriteLine(string.Create(invariant, $"| {name} | {total / 1e6:0.0} | {(double)total / stats.TextBytes:0.00}x | {string.Join(" | ", cells)} |"));
        }

        var (_, newsSearch, _) = rows[0];
        var docValues = IndexFiles.Breakdown(newsSearch)["doc values"];
        var binary = DocValuesByField.BinaryValueBytes(newsSearch);
        Console.WriteLine();
        Console.WriteLine(string.Create(invariant, $"NewsSearch doc values by field ({docValues / 1e6:0.00} MB on disk): binary fields' value bytes, the rest is numeric and sorted-set fields, lengths and addresses"));
        Console.WriteLine();
        Console.WriteLine("| field | MB | ÷ text |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (field, bytes) in binary.Append(new("numeric, sorted-set, overhead", docValues - binary.Values.Sum())))
        {
            Console.WriteLine(string.Create(invariant, $"| {field} | {bytes / 1e6:0.00} | {(double)bytes / stats.TextBytes:0.000}x |"));
        }

        Console.WriteLine();
        Console.WriteLine("NewsSearch postings by field (the .forms twins hold stop words and suffix tokens for exact phrases):");
        Console.WriteLine();
        Console.WriteLine("| field | distinct terms | (term, doc) pairs | positions |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (field, terms, pairs, positions) in PostingsByField.Count(newsSearch))
        {
            Console.WriteLine(string.Create(invariant, $"| {field} | {terms:N0} | {pairs:N0} | {(positions < 0 ? "-" : positions.ToString("N0", invariant))} |"));
        }
    }
}
