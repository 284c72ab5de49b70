using Lucene.Net.Documents;

namespace NewsSearch.Indexing;

/// <summary>
/// An article made ready for the index writer: its Lucene document and content hash. Built on the
/// thread that reads the articles, so the index worker, the bottleneck of a bulk load, only writes.
/// </summary>
internal sealed class PreparedArticle
{
    private PreparedArticle(string id, Document document, long contentHash)
    {
        Id = id;
        Document = document;
        ContentHash = contentHash;
    }

    public string Id { get; }

    public Document Document { get; }

    public long ContentHash { get; }

    public static PreparedArticle From(NewsArticle article) =>
        new(article.Id, ArticleDocumentMapper.ToDocument(article), Arrival.ContentHash.Compute(article));
}
