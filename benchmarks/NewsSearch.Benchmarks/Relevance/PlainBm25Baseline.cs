using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsSearch.Benchmarks.Relevance;

/// <summary>
/// The baseline a Lucene user would write: every text field of an article (title, subtitle,
/// byline, dateline, body, captions) as one analysed field, EnglishAnalyzer (standard tokenizer,
/// stop words, Porter stemming), each query escaped and parsed by the classic QueryParser with OR,
/// and Lucene's BM25 with its defaults (k1 1.2, b 0.75).
/// </summary>
internal sealed class PlainBm25Baseline : IDisposable
{
    private const string TextField = "text";
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly QueryParser _parser;

    public PlainBm25Baseline(IEnumerable<NewsArticle> articles)
    {
        var analyzer = new EnglishAnalyzer(Version);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var article in articles)
            {
                var text = string.Join("\n", new[] { article.Title, article.Subtitle, article.Byline, article.Dateline, article.Body }.Concat(article.Captions).Where(t => !string.IsNullOrEmpty(t)));
                writer.AddDocument(new Document
                {
                    new StringField("id", article.Id, Field.Store.YES),
                    new TextField(TextField, text, Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _parser = new QueryParser(Version, TextField, analyzer) { DefaultOperator = Operator.OR };
    }

    public IReadOnlyList<(string Id, float Score)> Search(string text, int take)
    {
        var query = _parser.Parse(QueryParserBase.Escape(text));
        return _searcher.Search(query, take).ScoreDocs
            .Select(hit => (_searcher.Doc(hit.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture)!, hit.Score))
            .ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
