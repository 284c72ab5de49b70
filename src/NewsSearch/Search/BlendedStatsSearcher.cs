using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>
/// An IndexSearcher whose BM25 weighs a word by how rare it is in the article text as a whole,
/// not in each field apart. A word without a field is searched in six text fields, and per-field
/// statistics give a word rare in headlines but common in bodies ("update") a headline weight as
/// high as a word rare everywhere ("Xinjiang"); with the title boost it then outranks the rare word.
/// Here every text field uses the largest document frequency the word has in any of them (the
/// blended statistics of BM25F-style cross-field scoring), so rare words dominate. Each field keeps
/// its own term frequency, length normalisation and boost.
/// </summary>
internal sealed class BlendedStatsSearcher : IndexSearcher
{
    private const int MaxCached = 16_384;
    private static readonly HashSet<string> TextFields = new(FieldNames.DefaultSearchFields, StringComparer.Ordinal);

    /// <summary>Per snapshot: a query's words are looked up once per field, and queries repeat.</summary>
    private readonly ConcurrentDictionary<string, long> _documentFrequencies = new(StringComparer.Ordinal);

    public BlendedStatsSearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = new BM25Similarity();
    }

    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        var own = base.TermStatistics(term, context);
        if (!TextFields.Contains(term.Field))
        {
            return own;
        }

        var text = term.Text;
        if (!_documentFrequencies.TryGetValue(text, out var blended))
        {
            blended = 0;
            foreach (var field in FieldNames.DefaultSearchFields)
            {
                blended = Math.Max(blended, IndexReader.DocFreq(new Term(field, term.Bytes)));
            }

            if (_documentFrequencies.Count >= MaxCached)
            {
                _documentFrequencies.Clear();
            }

            _documentFrequencies[text] = blended;
        }

        return new TermStatistics(BytesRef.DeepCopyOf(term.Bytes), Math.Max(blended, own.DocFreq), own.TotalTermFreq);
    }
}
