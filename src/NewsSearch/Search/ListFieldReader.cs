using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>
/// Reads the result-list fields of a hit from doc values. Stored fields cost an LZ4 block
/// decompression per hit (~45 µs); doc values cost well under a microsecond, so a page of ten hits
/// costs about what the search does.
/// </summary>
internal static class ListFieldReader
{
    public static SearchHit Read(IndexReader reader, int docId, float score, IReadOnlyList<Snippet> snippets)
    {
        var leaves = reader.Leaves;
        var context = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var leaf = context.AtomicReader;
        var doc = docId - context.DocBase;
        var scratch = new BytesRef();
        return new SearchHit
        {
            Id = Binary(leaf, FieldNames.ListId, doc, scratch) ?? "",
            Score = score,
            Title = Binary(leaf, FieldNames.ListTitle, doc, scratch),
            Byline = Binary(leaf, FieldNames.ListByline, doc, scratch),
            Url = Binary(leaf, FieldNames.ListUrl, doc, scratch),
            Source = FirstOf(leaf, FieldNames.FacetSource, doc, scratch),
            Published = Date(leaf, doc),
            Snippets = snippets,
        };
    }

    public static DateTimeOffset? Date(AtomicReader leaf, int doc)
    {
        var values = leaf.GetNumericDocValues(FieldNames.Published);
        var present = leaf.GetDocsWithField(FieldNames.Published);
        return values is not null && present is not null && present.Get(doc)
            ? DateTimeOffset.FromUnixTimeMilliseconds(values.Get(doc))
            : null;
    }

    private static string? Binary(AtomicReader leaf, string field, int doc, BytesRef scratch)
    {
        var values = leaf.GetBinaryDocValues(field);
        if (values is null)
        {
            return null;
        }

        values.Get(doc, scratch);
        return scratch.Length == 0 ? null : scratch.Utf8ToString();
    }

    private static string? FirstOf(AtomicReader leaf, string field, int doc, BytesRef scratch)
    {
        var values = leaf.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }

        values.SetDocument(doc);
        var ord = values.NextOrd();
        if (ord == SortedSetDocValues.NO_MORE_ORDS)
        {
            return null;
        }

        values.LookupOrd(ord, scratch);
        return scratch.Utf8ToString();
    }
}
