using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>
/// Why a search found fewer articles than the user may expect, beyond the words themselves:
/// undated articles that a date filter leaves out, and source filters naming no known source.
/// </summary>
internal static class ReducedResults
{
    private const int NearestSources = 5;

    /// <summary>How many articles match the query and every filter but the dates, and have no date.</summary>
    public static int CountUndated(IndexSearcher searcher, Query query, NewsQuery request)
    {
        var undated = new BooleanQuery { { new ConstantScoreQuery(new UndatedFilter()), Occur.MUST } };
        if (QueryCompiler.BuildFilter(request with { Since = null, Until = null }) is { } others)
        {
            undated.Add(new ConstantScoreQuery(others), Occur.MUST);
        }

        var counter = new TotalHitCountCollector();
        searcher.Search(query, new QueryWrapperFilter(undated), counter);
        return counter.TotalHits;
    }

    /// <summary>The requested sources no article has, each with the known sources nearest to it.</summary>
    public static IReadOnlyList<UnknownSource> UnknownSources(IndexReader reader, IReadOnlyList<string> sources)
    {
        var unknown = sources.Where(s => reader.DocFreq(new Term(FieldNames.Source, QueryCompiler.NormalizeKeyword(s))) == 0).ToList();
        if (unknown.Count == 0)
        {
            return [];
        }

        var known = KnownSources(reader);
        return [.. unknown.Select(name => new UnknownSource(name, Nearest(name, known)))];
    }

    private static List<string> KnownSources(IndexReader reader)
    {
        var names = new List<string>();
        var values = MultiDocValues.GetSortedSetValues(reader, FieldNames.FacetSource);
        if (values is null)
        {
            return names;
        }

        var scratch = new BytesRef();
        for (long ord = 0; ord < values.ValueCount; ord++)
        {
            values.LookupOrd(ord, scratch);
            names.Add(scratch.Utf8ToString());
        }

        return names;
    }

    /// <summary>
    /// Known sources that contain the name or are contained in it ("BBC" and "BBC News"), then those
    /// within a few edits of it (a typo), nearest first.
    /// </summary>
    private static IReadOnlyList<string> Nearest(string name, IReadOnlyList<string> known)
    {
        var wanted = QueryCompiler.NormalizeKeyword(name);
        return
        [
            .. known
                .Select(k => (Name: k, Key: QueryCompiler.NormalizeKeyword(k)))
                .Select(k => (k.Name, Distance: k.Key.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(k.Key, StringComparison.Ordinal) ? 0 : EditDistance(wanted, k.Key)))
                .Where(k => k.Distance <= Math.Max(2, wanted.Length / 3))
                .OrderBy(k => k.Distance)
                .ThenBy(k => k.Name, StringComparer.Ordinal)
                .Take(NearestSources)
                .Select(k => k.Name),
        ];
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Articles without a publication date.</summary>
    private sealed class UndatedFilter : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var dated = context.AtomicReader.GetDocsWithField(FieldNames.Published);
            return new Undated(context.AtomicReader.MaxDoc, acceptDocs, dated);
        }

        private sealed class Undated(int maxDoc, IBits? acceptDocs, IBits? dated) : FieldCacheDocIdSet(maxDoc, acceptDocs)
        {
            protected override bool MatchDoc(int doc) => dated is null || !dated.Get(doc);
        }
    }
}
