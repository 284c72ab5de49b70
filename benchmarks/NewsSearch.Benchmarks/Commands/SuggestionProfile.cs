using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Analysis.Synonyms;
using NewsSearch.Benchmarks.Corpus;
using NewsSearch.Indexing;
using NewsSearch.Search.Suggestions;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>profile suggest [--corpus reuters | --corpus-size N | --index DIR] [--runs N]</c>: what "did you
/// mean" costs in each tail query of the mix and in which step, each step timed alone and interleaved:
/// the whole search with and without suggestions (a repeated query's suggestion comes from the
/// snapshot's cache), the whole suggestion as a misspelling seen for the first time, the correction with each candidate source
/// (per-segment spelling dictionaries, or the term dictionaries as a one-shot searcher reads them) but no
/// hit count, the stored-text read that finds how articles spell the correction, and building one
/// segment's spelling dictionary.
/// </summary>
internal static class SuggestionProfile
{
    private static readonly string[] Fields = [FieldNames.Body, FieldNames.Title, FieldNames.Subtitle, FieldNames.Captions];

    public static int Run(Arguments arguments)
    {
        var spec = arguments.Get("--corpus") ?? arguments.Get("--corpus-size") ?? "reuters";
        var runs = arguments.GetInt("--runs", 200);
        var index = arguments.Get("--index") ?? Datasets.NewsSearchIndex(spec);
        using var newsSearcher = NewsSearcher.Open(index);
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        var analyzer = NewsAnalyzer.Create();
        var synonyms = SynonymMaps.Load(NewsSearcherOptions.Default, analyzer).For(FieldNames.Body);
        var cases = QueryMix.All.Where(c => c.Name is "fewhits" or "typo" or "zerotypo" or "zero").ToList();

        var stageNames = new[]
        {
            "NewsSearcher.Search",
            "NewsSearcher.Search, SuggestSpelling off",
            "the whole suggestion, first time (correction from the dictionaries + hit count, nothing cached)",
            "correction, spelling dictionaries (no hit count), first time",
            "correction, one-shot searcher: term dictionaries (no hit count), first time",
            "correction, cached for the snapshot (no hit count)",
            "  of which how articles spell it (SurfaceForms)",
            "the suggested query alone (its hit count)",
        };
        var medians = new Dictionary<(string Query, int Stage), double>();
        foreach (var searchCase in cases)
        {
            var request = QueryMix.ToNewsQuery(searchCase, false);
            var suggestion = newsSearcher.Search(request).DidYouMean;
            var stages = new Func<object?>[]
            {
                () => newsSearcher.Search(request),
                () => newsSearcher.Search(request with { SuggestSpelling = false }),
                () => SpellingSuggester.Suggest(reader, analyzer, request.Text, synonyms, true, useDictionary: true, CountHits, 0, cacheCorrections: false),
                () => SpellingSuggester.Suggest(reader, analyzer, request.Text, synonyms, true, useDictionary: true, _ => int.MaxValue, 0, cacheCorrections: false),
                () => SpellingSuggester.Suggest(reader, analyzer, request.Text, synonyms, true, useDictionary: false, _ => int.MaxValue, 0, cacheCorrections: false),
                () => SpellingSuggester.Suggest(reader, analyzer, request.Text, synonyms, true, useDictionary: true, _ => int.MaxValue, 0),
                () => suggestion is null ? null : SurfaceForms.Best(reader, suggestion.ToLowerInvariant(), request.Text),
                () => suggestion is null ? null : newsSearcher.Search(request with { Text = suggestion, Take = 0, SuggestSpelling = false }),
            };
            int CountHits(string text) => newsSearcher.Search(request with { Text = text, Take = 0, Highlight = false, SuggestSpelling = false }).TotalHits;
            var stageMedians = InterleavedStages.Medians(stages, runs, warmup: 20);
            for (var s = 0; s < stages.Length; s++)
            {
                medians[(searchCase.Name, s)] = stageMedians[s];
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{searchCase.Name}: {searchCase.Text} -> {suggestion ?? "(none)"}"));
        }

        var build = new Percentiles();
        foreach (var leaf in reader.Leaves)
        {
            for (var i = 0; i < 5; i++)
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                SpellingDictionary.Build(leaf.AtomicReader, Fields);
                build.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"Spelling suggestions, {spec}: median µs of each step alone, {runs} interleaved runs per query; {Environment.ProcessorCount} cores, load {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd}"));
        Console.WriteLine();
        Console.WriteLine("| step | " + string.Join(" | ", cases.Select(c => c.Name)) + " |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", cases.Count)));
        for (var s = 0; s < stageNames.Length; s++)
        {
            var cells = cases.Select(c => medians[(c.Name, s)].ToString("0.0", invariant));
            Console.WriteLine($"| {stageNames[s]} | {string.Join(" | ", cells)} |");
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(invariant, $"Building the spelling dictionaries of {reader.Leaves.Count} segment(s): median {build.Median / 1000:0.0} ms per segment"));
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
