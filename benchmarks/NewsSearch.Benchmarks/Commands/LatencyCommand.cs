using System.Diagnostics;
using System.Globalization;
using NewsSearch.Benchmarks.Baselines;
using NewsSearch.Benchmarks.Corpus;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>latency [--corpus-size N | --corpus reuters | --index DIR] [--runs 400] [--engines newssearch,nosuggest,nolimit,raw,sqlite] [--queries a,b]</c>:
/// warm per-query latency, median and p99, for every query of the mix and every engine, measured
/// one call at a time with the engines interleaved (so a noisy machine hits all of them alike).
/// Prints a Markdown table; the "mix" rows pool every query's samples.
/// </summary>
internal static class LatencyCommand
{
    private const int Warmup = 40;

    public static int Run(string[] args)
    {
        var arguments = new Arguments(args);
        var runs = arguments.GetInt("--runs", 400);
        var engines = (arguments.Get("--engines") ?? "newssearch,raw,sqlite").Split(',');
        var given = arguments.Get("--index");
        var spec = arguments.Get("--corpus") ?? arguments.Get("--corpus-size") ?? (given is null ? BenchmarkSettings.DefaultSearchSize.ToString(CultureInfo.InvariantCulture) : "?");
        var index = given ?? Datasets.NewsSearchIndex(spec);
        var queries = arguments.Get("--queries")?.Split(',').Select(QueryMix.Get).ToList() ?? [.. QueryMix.All];

        using var newsSearcher = NewsSearcher.Open(index);
        using var raw = engines.Contains("raw") ? new RawLuceneSearcher(index) : null;
        using var sqlite = engines.Contains("sqlite") ? new SqliteFts(Datasets.SqliteDatabase(spec)) : null;
        var variants = new List<(string Name, Func<SearchCase, int> Search)>();
        if (engines.Contains("newssearch"))
        {
            variants.Add(("NewsSearch", c => newsSearcher.Search(QueryMix.ToNewsQuery(c, false)).Hits.Count));
            variants.Add(("NewsSearch+snippets", c => newsSearcher.Search(QueryMix.ToNewsQuery(c, true)).Hits.Count));
        }

        if (engines.Contains("nolimit"))
        {
            // What the default 5-second time limit costs: the same search without one.
            variants.Add(("NewsSearch, no time limit", c => newsSearcher.Search(QueryMix.ToNewsQuery(c, false) with { Timeout = TimeSpan.Zero }).Hits.Count));
        }

        if (engines.Contains("nosuggest"))
        {
            // What "did you mean" costs: the same search without it (only the tail queries ever run it).
            variants.Add(("NewsSearch, no suggestions", c => newsSearcher.Search(QueryMix.ToNewsQuery(c, false) with { SuggestSpelling = false }).Hits.Count));
        }

        if (raw is not null)
        {
            variants.Add(("Raw Lucene", c => raw.Search(c, false).Count));
            variants.Add(("Raw Lucene+snippets", c => raw.Search(c, true).Count));
        }

        if (sqlite is not null)
        {
            variants.Add(("SQLite FTS5", c => sqlite.Search(c, false).Count));
            variants.Add(("SQLite FTS5+snippets", c => sqlite.Search(c, true).Count));
        }

        var results = new Dictionary<(string Query, string Engine), Percentiles>();
        var order = Enumerable.Range(0, variants.Count).ToArray();
        var random = new Random(42);
        var hits = new Dictionary<(string Query, string Engine), int>();
        foreach (var searchCase in queries)
        {
            foreach (var (name, search) in variants)
            {
                for (var i = 0; i < Warmup; i++)
                {
                    hits[(searchCase.Name, name)] = search(searchCase);
                }

                results[(searchCase.Name, name)] = new Percentiles();
            }

            for (var run = 0; run < runs; run++)
            {
                // A new order every run, so no engine always runs first (cold CPU caches) or after the same one.
                random.Shuffle(order);
                foreach (var position in order)
                {
                    var (name, search) = variants[position];

                    // An empty gen0 for every call, so no engine pays for another's garbage.
                    GC.Collect(0, GCCollectionMode.Forced, blocking: true);
                    var start = Stopwatch.GetTimestamp();
                    search(searchCase);
                    results[(searchCase.Name, name)].Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                }
            }
        }

        Print(spec, index, runs, queries, variants.Select(v => v.Name).ToList(), results, hits);
        return 0;
    }

    private static void Print(string spec, string index, int runs, List<SearchCase> queries, List<string> engines, Dictionary<(string, string), Percentiles> results, Dictionary<(string, string), int> hits)
    {
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"Warm latency in µs, median / p99 of {runs} calls per query ({(Describe(spec, index))}); {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}"));
        Console.WriteLine();
        Console.WriteLine("| query | " + string.Join(" | ", engines) + " | NewsSearch ÷ raw | +snippets ÷ raw | NewsSearch ÷ SQLite | NewsSearch ÷ no suggestions |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", engines.Count + 4)));
        foreach (var searchCase in queries)
        {
            WriteRow(searchCase.Name, engines, e => results[(searchCase.Name, e)], e => hits.GetValueOrDefault((searchCase.Name, e), -1));
        }

        WriteRow("**mix**", engines, e =>
        {
            var pooled = new Percentiles();
            foreach (var searchCase in queries)
            {
                pooled.AddRange(results[(searchCase.Name, e)]);
            }

            return pooled;
        }, _ => -1);
    }

    private static string Describe(string spec, string index) => (spec == "?" ? "" : spec + " articles, ") + "index " + Path.GetFileName(index);

    private static void WriteRow(string label, List<string> engines, Func<string, Percentiles> get, Func<string, int> hitCount)
    {
        var invariant = CultureInfo.InvariantCulture;
        var cells = engines.Select(e =>
        {
            var p = get(e);
            var count = hitCount(e);
            return string.Create(invariant, $"{p.Median:0.#} / {p.P99:0.#}{(count >= 0 ? $" ({count})" : "")}");
        });
        string Ratio(string a, string b) => engines.Contains(a) && engines.Contains(b) ? (get(a).Median / get(b).Median).ToString("0.00", invariant) + "x" : "-";
        Console.WriteLine($"| {label} | {string.Join(" | ", cells)} | {Ratio("NewsSearch", "Raw Lucene")} | {Ratio("NewsSearch+snippets", "Raw Lucene+snippets")} | {Ratio("NewsSearch", "SQLite FTS5")} | {Ratio("NewsSearch", "NewsSearch, no suggestions")} |");
    }
}
