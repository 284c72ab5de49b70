using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>
/// Reads the result-list fields of a hit from doc values. Stored fields cost a block
/// decompression per hit; doc values cost a small fraction of that, so a page of ten hits costs
/// about what the search does (benchmarks/README.md has the numbers). But the first read of a segment's binary doc values loads its
/// address table for every document, which a process that runs one query pays in full: it reads
/// the stored fields instead (<see cref="ReadStored"/>), all but the title, whose one copy is in
/// doc values (see Indexing/ArticleTitle).
/// </summary>
internal static class ListFieldReader
{
    private static readonly string[] StoredListFields = [FieldNames.Id, FieldNames.Title, FieldNames.Byline, FieldNames.Url, FieldNames.Source, FieldNames.Published];

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

    /// <summary>The same row as <see cref="Read"/>, from the stored fields.</summary>
    public static SearchHit ReadStored(IndexReader reader, int docId, float score, IReadOnlyList<Snippet> snippets)
    {
        var visitor = new DocumentStoredFieldVisitor(StoredListFields);
        reader.Document(docId, visitor);
        var document = visitor.Document;
        return new SearchHit
        {
            Id = document.Get(FieldNames.Id, CultureInfo.InvariantCulture) ?? "",
            Score = score,
            Title = ArticleTitle.Read(reader, docId, document.Get(FieldNames.Title, CultureInfo.InvariantCulture)),
            Byline = NullIfEmpty(document.Get(FieldNames.Byline, CultureInfo.InvariantCulture)),
            Url = NullIfEmpty(document.Get(FieldNames.Url, CultureInfo.InvariantCulture)),
            Source = document.Get(FieldNames.Source, CultureInfo.InvariantCulture),
            Published = document.GetField(FieldNames.Published)?.GetInt64Value() is { } millis ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : null,
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

    // Doc values hold "" for a document without the field; the stored row matches what Read returns.
    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

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
