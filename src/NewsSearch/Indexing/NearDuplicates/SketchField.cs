using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Indexing.NearDuplicates;

/// <summary>Writes and reads the near-duplicate sketch of each article as binary doc values.</summary>
internal static class SketchField
{
    public static void AddTo(Document document, NewsArticle article)
    {
        if (NearDuplicateSketch.Compute(article.Body) is { } sketch)
        {
            document.Add(new BinaryDocValuesField(FieldNames.DuplicateSketch, new BytesRef(sketch)));
        }
    }

    /// <summary>The sketch of one document of a segment, or null when its body was too short for one.</summary>
    public static byte[]? Read(BinaryDocValues? values, int doc, BytesRef scratch)
    {
        if (values is null)
        {
            return null;
        }

        values.Get(doc, scratch);
        return scratch.Length == NearDuplicateSketch.Bytes ? scratch.Bytes.AsSpan(scratch.Offset, scratch.Length).ToArray() : null;
    }

    /// <summary>The sketch of a document by its top-level id.</summary>
    public static byte[]? Read(IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        return Read(leaf.AtomicReader.GetBinaryDocValues(FieldNames.DuplicateSketch), docId - leaf.DocBase, new BytesRef());
    }
}
