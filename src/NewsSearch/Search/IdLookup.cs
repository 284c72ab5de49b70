using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>Finds an article's document by its id (the upsert key, so at most one live document has it).</summary>
internal static class IdLookup
{
    /// <summary>The top-level doc id of the article with <paramref name="id"/>, or null when there is none.</summary>
    public static int? Find(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1);
        return top.ScoreDocs.Length == 0 ? null : top.ScoreDocs[0].Doc;
    }
}
