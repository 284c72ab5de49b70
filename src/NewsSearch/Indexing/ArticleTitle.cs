using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Indexing;

/// <summary>
/// Where an article's title is kept (schema 6): once, as the result list's doc values
/// (<see cref="FieldNames.ListTitle"/>). A stored copy beside it cost 4% of the index for a value
/// every reader can take from the doc values, so the stored field holds a title only when the
/// doc-values copy had to be cut (<see cref="FieldLimits.MaxKeywordBytes"/>), and then holds it whole.
/// </summary>
internal static class ArticleTitle
{
    /// <summary>Whether the stored field must keep <paramref name="title"/>, because its doc-values copy <paramref name="cut"/> is shorter.</summary>
    public static bool MustStore(string title, string cut) => !ReferenceEquals(title, cut);

    /// <summary>The title of the top-level <paramref name="docId"/>: <paramref name="stored"/> when the document kept one, else the doc-values copy.</summary>
    public static string? Read(IndexReader reader, int docId, string? stored)
    {
        if (!string.IsNullOrEmpty(stored))
        {
            return stored;
        }

        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        return FromDocValues(leaf.AtomicReader, docId - leaf.DocBase);
    }

    /// <summary>The doc-values copy of a segment's document; null when it has no title.</summary>
    public static string? FromDocValues(AtomicReader leaf, int localDoc)
    {
        var values = leaf.GetBinaryDocValues(FieldNames.ListTitle);
        if (values is null)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(localDoc, bytes);
        return bytes.Length == 0 ? null : bytes.Utf8ToString();
    }
}
