using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>
/// Articles published between two instants (Unix milliseconds, both ends inclusive, either open),
/// read from the <c>published</c> doc values. The date is not indexed as trie terms: at precision
/// step 4 those were 16 terms per article, only to serve ranges that a
/// doc-values check per candidate answers as fast (a date range narrows a text query, which
/// decides the candidates); benchmarks/README.md has the size saved. Articles
/// without a date never match, whatever the bounds.
/// </summary>
internal sealed class PublishedRangeFilter(long? lower, long? upper) : Filter
{
    private readonly long _lower = lower ?? long.MinValue;
    private readonly long _upper = upper ?? long.MaxValue;

    /// <summary>A query for the range, scoring every match alike (a <c>date:</c> clause adds no relevance).</summary>
    public static Query Query(long? lower, long? upper) => new ConstantScoreQuery(new PublishedRangeFilter(lower, upper));

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var values = reader.GetNumericDocValues(FieldNames.Published);
        var dated = reader.GetDocsWithField(FieldNames.Published);
        if (values is null || dated is null || _lower > _upper)
        {
            return null;
        }

        return new RangeDocIdSet(reader.MaxDoc, acceptDocs, values, dated, _lower, _upper);
    }

    public override bool Equals(object? obj) => obj is PublishedRangeFilter other && other._lower == _lower && other._upper == _upper;

    public override int GetHashCode() => HashCode.Combine(_lower, _upper);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FieldNames.Published}:[{Bound(_lower, long.MinValue)} TO {Bound(_upper, long.MaxValue)}]");

    private static string Bound(long value, long open) => value == open ? "*" : value.ToString(CultureInfo.InvariantCulture);

    private sealed class RangeDocIdSet(int maxDoc, IBits? acceptDocs, NumericDocValues values, IBits dated, long lower, long upper)
        : FieldCacheDocIdSet(maxDoc, acceptDocs)
    {
        protected override bool MatchDoc(int doc)
        {
            var value = values.Get(doc);
            return value >= lower && value <= upper && dated.Get(doc);
        }
    }
}
