using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>The earliest and latest publication dates, found by a one-hit sorted search over doc values.</summary>
internal static class DateBounds
{
    public static DateTimeOffset? Earliest(IndexReader reader) => Edge(reader, reverse: false);

    public static DateTimeOffset? Latest(IndexReader reader) => Edge(reader, reverse: true);

    private static DateTimeOffset? Edge(IndexReader reader, bool reverse)
    {
        var searcher = new IndexSearcher(reader);
        var sort = new Sort(new SortField(FieldNames.Published, SortFieldType.INT64, reverse));
        var query = new ConstantScoreQuery(new FieldValueFilter(FieldNames.Published));
        var top = searcher.Search(query, null, 1, sort);
        if (top.ScoreDocs.Length == 0)
        {
            return null;
        }

        var doc = top.ScoreDocs[0].Doc;
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return ListFieldReader.Date(leaf.AtomicReader, doc - leaf.DocBase);
    }
}
