using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Analysis;

namespace NewsSearch.Benchmarks.Baselines;

/// <summary>
/// Raw Lucene.NET search over the same index, written as the Lucene.NET docs write it: a
/// DirectoryReader and IndexSearcher opened once, MultiFieldQueryParser with the same fields,
/// boosts and analyzer per query, stored fields for the result list, the classic Highlighter
/// (QueryScorer over the stored body, re-analysed) for snippets, and a date range over the
/// <c>published</c> doc values (the index has no trie terms for dates; FieldCacheRangeFilter reads
/// numeric doc values directly).
/// </summary>
internal sealed class RawLuceneSearcher : IDisposable
{
    private static readonly string[] Fields = ["title", "subtitle", "captions", "body", "byline", "dateline"];

    private static readonly Dictionary<string, float> Boosts = new()
    {
        ["title"] = 3.0f,
        ["subtitle"] = 2.0f,
        ["captions"] = 1.5f,
        ["body"] = 1.0f,
        ["byline"] = 1.0f,
        ["dateline"] = 1.0f,
    };

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer = NewsAnalyzer.Create();

    public RawLuceneSearcher(string indexPath)
    {
        _directory = FSDirectory.Open(indexPath);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<ResultRow> Search(SearchCase searchCase, bool snippets)
    {
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, Fields, _analyzer, Boosts)
        {
            DefaultOperator = Operator.AND,
            FuzzyPrefixLength = 1,
            AutoGeneratePhraseQueries = true,
        };
        var query = parser.Parse(searchCase.Text);
        Filter? filter = searchCase.Since is not null || searchCase.Until is not null
            ? FieldCacheRangeFilter.NewInt64Range("published", searchCase.Since?.ToUnixTimeMilliseconds(), searchCase.Until?.ToUnixTimeMilliseconds(), true, true)
            : null;
        var top = searchCase.Newest
            ? _searcher.Search(query, filter, 10, new Sort(new SortField("published", SortFieldType.INT64, reverse: true)))
            : _searcher.Search(query, filter, 10);
        var highlighter = snippets ? new Highlighter(new SimpleHTMLFormatter("[", "]"), new QueryScorer(query)) : null;
        var rows = new List<ResultRow>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var document = _searcher.Doc(scoreDoc.Doc);
            IReadOnlyList<string> fragments = [];
            if (highlighter is not null && document.Get("body", CultureInfo.InvariantCulture) is { } body)
            {
                fragments = highlighter.GetBestFragments(_analyzer, "body", body, 2);
            }

            rows.Add(new ResultRow(
                document.Get("id", CultureInfo.InvariantCulture),
                document.Get("title", CultureInfo.InvariantCulture),
                document.Get("source", CultureInfo.InvariantCulture),
                document.GetField("published")?.GetInt64Value(),
                fragments));
        }

        return rows;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
