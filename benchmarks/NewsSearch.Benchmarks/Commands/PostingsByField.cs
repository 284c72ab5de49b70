using Lucene.Net.Index;
using Lucene.Net.Store;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>What each indexed field holds: distinct terms, (term, document) pairs and positions, which is what its postings cost grows with.</summary>
internal static class PostingsByField
{
    public static IReadOnlyList<(string Field, long Terms, long Pairs, long Positions)> Count(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var fields = MultiFields.GetFields(reader);
        var rows = new List<(string, long, long, long)>();
        foreach (var field in fields)
        {
            var terms = fields.GetTerms(field);
            rows.Add((field, terms.Count, terms.SumDocFreq, terms.SumTotalTermFreq));
        }

        return rows;
    }
}
