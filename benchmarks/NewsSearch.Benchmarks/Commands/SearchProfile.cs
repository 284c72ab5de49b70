using System.Globalization;
using Lucene.Net.Analysis.Standard;
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

        // FSDirectory.Open memory-maps on 64-bit Linux; Lucene.NET reads mapped files a byte at a
        // time through SafeHandle-guarded accessors, so plain buffered reads are compared too.
        using var nioDirectory = new NIOFSDirectory(new DirectoryInfo(index));
        using var nioReader = DirectoryReader.Open(nioDirectory);
        var nioSearcher = new IndexSearcher(nioReader) { Similarity = new BM25Similarity() };

        // Per-segment costs (term lookups, scorer set-up) repeat for every segment: a merged copy shows what they add.
        var mergedPath = index + ".merged";
        if (!System.IO.Directory.Exists(mergedPath))
        {
            using var source = FSDirectory.Open(index);
            using var target = FSDirectory.Open(mergedPath);
            using var writer = new IndexWriter(target, new IndexWriterConfig(LuceneDefaults.Version, NewsAnalyzer.Create()) { Similarity = new BM25Similarity() });
            writer.AddIndexes(source);
            writer.ForceMerge(1);
            writer.Commit();
        }

        using var mergedDirectory = FSDirectory.Open(mergedPath);
        using var mergedReader = DirectoryReader.Open(mergedDirectory);
        var mergedSearcher = new IndexSearcher(mergedReader) { Similarity = new BM25Similarity() };
        var analyzer = NewsAnalyzer.Create();
        using var tokenizer = new StandardTokenizer(LuceneDefaults.Version, new StringReader("")) { MaxTokenLength = 255 };
        var boosts = new Dictionary<string, float>(NewsQueryParser.Boosts);

        var invariant = CultureInfo.InvariantCulture;
        var stageNames = new[]
        {
            "NewsSearch parse (QueryCompiler.Parse: normalise, new parser, parse)",
            "  of which QueryCompiler.Normalize (NFKC, quote and minus folding)",
            "  of which new NewsQueryParser (constructor)",
            "  of which NewsQueryParser.Parse on a constructed parser",
            "raw parse (new MultiFieldQueryParser + Parse)",
            "Lucene search top 10, NewsSearch's query + filter (CachingWrapperFilter, new per query)",
            "Lucene search top 10, same query, plain FieldCacheRangeFilter",
            "Lucene search top 10, plain filter, NIOFSDirectory instead of mmap",
            "Lucene search top 10, plain filter, in-order collector (no BooleanScorer bucket table)",
            "Lucene search top 10, plain filter, index force-merged to 1 segment",
            "list fields x10 from doc values (ListFieldReader, NewsSearch)",
            "list fields x10 from doc values, NIOFSDirectory",
            "list fields x10 from stored fields (searcher.Doc, raw)",
            "HighlightTerms.Extract (fuzzy/prefix/wildcard kept as patterns, not expanded)",
            "SnippetBuilder x10 (postings positions, needed stored text, tokenizer up to the last match)",
            "  for scale: stored body+captions+subtitle x10 alone (SnippetTextVisitor)",
            "  for scale: full analysis of the body x10 (TokenMatches, no early stop)",
            "  for scale: StandardTokenizer alone over the body x10",
            "raw Highlighter x10 (QueryScorer, stored body re-analysed)",
            "= NewsSearcher.Search, no snippets",
            "= NewsSearcher.Search, with snippets",
        };
        var medians = new Dictionary<(string Query, int Stage), double>();
        foreach (var searchCase in QueryMix.All)
        {
            // Inputs of each stage are computed once, so every row times that stage alone.
            var request = QueryMix.ToNewsQuery(searchCase, false);
            var parsed = QueryCompiler.Parse(searchCase.Text, analyzer, matchAny: false);
            Filter? plainFilter = searchCase.Since is not null || searchCase.Until is not null
                ? FieldCacheRangeFilter.NewInt64Range(FieldNames.Published, searchCase.Since?.ToUnixTimeMilliseconds(), searchCase.Until?.ToUnixTimeMilliseconds(), true, true)
                : null;
            var top = Search(searcher, parsed, QueryCompiler.BuildFilter(request), searchCase.Newest);
            var parser = new NewsQueryParser(analyzer, matchAny: false);
            var nioTop = Search(nioSearcher, parsed, plainFilter, searchCase.Newest);
            var terms = HighlightTerms.Extract(parsed, reader);
            var bodyTerms = terms.For(FieldNames.Body) ?? new FieldHighlightTerms();
            var highlighter = new Highlighter(new SimpleHTMLFormatter("[", "]"), new QueryScorer(parsed));
            var stages = new Func<object?>[]
            {
                () => QueryCompiler.Parse(searchCase.Text, analyzer, matchAny: false),
                () => QueryCompiler.Normalize(searchCase.Text),
                () => new NewsQueryParser(analyzer, matchAny: false),
                () => parser.Parse(searchCase.Text),
                () => new MultiFieldQueryParser(LuceneDefaults.Version, Fields, analyzer, boosts) { DefaultOperator = Operator.AND, FuzzyPrefixLength = 1 }.Parse(searchCase.Text),
                () => Search(searcher, parsed, QueryCompiler.BuildFilter(request), searchCase.Newest),
                () => Search(searcher, parsed, plainFilter, searchCase.Newest),
                () => Search(nioSearcher, parsed, plainFilter, searchCase.Newest),
                () => InOrder(searcher, parsed, plainFilter, searchCase.Newest),
                () => Search(mergedSearcher, parsed, plainFilter, searchCase.Newest),
                () => top.ScoreDocs.Select(d => ListFieldReader.Read(reader, d.Doc, d.Score, [])).Count(),
                () => nioTop.ScoreDocs.Select(d => ListFieldReader.Read(nioReader, d.Doc, d.Score, [])).Count(),
                () => top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("title", invariant)).Count(),
                () => HighlightTerms.Extract(parsed, reader),
                () =>
                {
                    var builder = new SnippetBuilder(reader, terms);
                    return top.ScoreDocs.Sum(d => builder.Build(d.Doc, 2).Count);
                },
                () => top.ScoreDocs.Sum(d => SnippetTexts(reader, d.Doc).Values(FieldNames.Body).Count),
                () => top.ScoreDocs.Sum(d => SnippetTexts(reader, d.Doc).Values(FieldNames.Body).Sum(v => TokenMatches.Find(FieldNames.Body, v, bodyTerms, int.MaxValue, []))),
                () => top.ScoreDocs.Sum(d => SnippetTexts(reader, d.Doc).Values(FieldNames.Body).Sum(v => Tokens(tokenizer, v))),
                () => top.ScoreDocs.Sum(d => searcher.Doc(d.Doc).Get("body", invariant) is { } body ? highlighter.GetBestFragments(analyzer, "body", body, 2).Length : 0),
                () => newsSearcher.Search(request),
                () => newsSearcher.Search(request with { Highlight = true }),
            };
            var stageMedians = InterleavedStages.Medians(stages, runs, warmup: 20);
            for (var s = 0; s < stages.Length; s++)
            {
                medians[(searchCase.Name, s)] = stageMedians[s];
            }
        }

        Console.WriteLine(string.Create(invariant, $"Search profile, {spec} articles: median µs of each stage alone, {runs} interleaved runs per query; {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}"));
        Console.WriteLine();
        Console.WriteLine("| stage | " + string.Join(" | ", QueryMix.Names) + " |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", QueryMix.All.Count)));
        for (var s = 0; s < stageNames.Length; s++)
        {
            var cells = QueryMix.All.Select(c => medians[(c.Name, s)].ToString("0.0", invariant));
            Console.WriteLine($"| {stageNames[s]} | {string.Join(" | ", cells)} |");
        }

        return 0;
    }

    private static SnippetTextVisitor SnippetTexts(IndexReader reader, int docId)
    {
        var visitor = new SnippetTextVisitor([FieldNames.Body, FieldNames.Captions, FieldNames.Subtitle]);
        reader.Document(docId, visitor);
        return visitor;
    }

    private static int Tokens(StandardTokenizer tokenizer, string text)
    {
        tokenizer.SetReader(new StringReader(text));
        tokenizer.Reset();
        var count = 0;
        while (tokenizer.IncrementToken())
        {
            count++;
        }

        tokenizer.End();
        tokenizer.Dispose();
        return count;
    }

    private static TopDocs InOrder(IndexSearcher searcher, Query query, Filter? filter, bool newest)
    {
        if (newest)
        {
            return Search(searcher, query, filter, newest);
        }

        var collector = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
        searcher.Search(query, filter, collector);
        return collector.GetTopDocs();
    }

    private static TopDocs Search(IndexSearcher searcher, Query query, Filter? filter, bool newest) =>
        newest
            ? searcher.Search(query, filter, 10, new Sort(new SortField(FieldNames.Published, SortFieldType.INT64, reverse: true)))
            : searcher.Search(query, filter, 10);
}
