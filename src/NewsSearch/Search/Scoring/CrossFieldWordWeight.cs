using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Search.Scoring;

/// <summary>
/// The statistics of a <see cref="CrossFieldWordQuery"/> over one index snapshot: the word's
/// rarity over the whole article, and per field and spelling its weight and a table from the field's stored
/// length norm to that weight divided by the field's length normalisation.
/// </summary>
internal sealed class CrossFieldWordWeight : Weight
{
    private readonly CrossFieldWordQuery _query;
    private readonly FieldStats[] _fields;
    private readonly float _idf;
    private readonly long _documentFrequency;
    private readonly long _documentCount;
    private float _boost;

    public CrossFieldWordWeight(CrossFieldWordQuery query, IndexSearcher searcher)
    {
        _query = query;
        var top = searcher.TopReaderContext;
        var fields = new List<FieldStats>();
        long documentFrequency = 0;
        foreach (var (weight, terms) in query.FieldTerms())
        {
            var table = LengthTable(searcher.CollectionStatistics(terms[0].Field), weight);
            long inField = 0;
            foreach (var term in terms)
            {
                var context = TermContext.Build(top, term);
                inField += context.DocFreq;
                fields.Add(new FieldStats(term, weight, context, table));
            }

            // Spellings of one word are counted as one word: an article using two of them counts twice, a small overestimate.
            documentFrequency = Math.Max(documentFrequency, inField);
        }

        _fields = [.. fields];

        // A document holding the word in any field counts once; the largest per-field count is the
        // closest lower bound without visiting the postings (a word is mostly in the body).
        _documentFrequency = Math.Min(documentFrequency, Math.Max(1, searcher.IndexReader.MaxDoc));
        _documentCount = Math.Max(1, searcher.IndexReader.MaxDoc);
        _idf = (float)Math.Log(1 + ((_documentCount - _documentFrequency + 0.5) / (_documentFrequency + 0.5)));
        _boost = query.Boost;
    }

    public override Query Query => _query;

    public override float GetValueForNormalization()
    {
        // As Lucene's BM25: the query norm is not used, only the boosts.
        var weight = _idf * _query.Boost;
        return weight * weight;
    }

    public override void Normalize(float norm, float topLevelBoost) => _boost = _query.Boost * topLevelBoost;

    public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var postings = new List<FieldPostings>(_fields.Length);
        for (var i = 0; i < _fields.Length; i++)
        {
            var field = _fields[i];
            var state = field.Context.Get(context.Ord);
            if (state is null)
            {
                continue;
            }

            var termsEnum = reader.GetTerms(field.Term.Field)!.GetEnumerator();
            termsEnum.SeekExact(field.Term.Bytes, state);
            var docs = termsEnum.Docs(acceptDocs, null, DocsFlags.FREQS);
            if (docs is not null)
            {
                postings.Add(new FieldPostings(i, docs, reader.GetNormValues(field.Term.Field), field.WeightByNorm, field.Weight));
            }
        }

        return postings.Count == 0 ? null : new CrossFieldWordScorer(this, [.. postings], _idf * _boost);
    }

    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
        if (scorer is null || scorer.Advance(doc) != doc)
        {
            return new ComplexExplanation(false, 0, "no matching term");
        }

        var wordScorer = (CrossFieldWordScorer)scorer;
        var score = wordScorer.GetScore();
        var frequency = wordScorer.WeightedFrequency;
        var result = new ComplexExplanation(true, score, $"BM25F over {_fields.Select(f => f.Term.Field).Distinct().Count()} fields, combined frequency {CrossFieldWordQuery.Describe(frequency)}, idf {CrossFieldWordQuery.Describe(_idf)} (docFreq {_documentFrequency} of {_documentCount})");

        // Each field's share of the score is its share of the combined frequency, so the parts add
        // up to the score and read like the per-field leaves of a Boolean query.
        foreach (var (index, freq, contribution) in wordScorer.Matches())
        {
            var field = _fields[index];
            var part = new Explanation(score * contribution / frequency, $"weight({field.Term.Field}:{field.Term.Text} in {doc}) [BM25F]");
            part.AddDetail(new Explanation(freq, $"termFreq={freq}"));
            part.AddDetail(new Explanation(field.Weight, "boost"));
            result.AddDetail(part);
        }

        return result;
    }

    /// <summary>
    /// Weight ÷ BM25's length normalisation, for each of the 256 length norms Lucene stores. The
    /// norm is what <c>BM25Similarity</c> writes at index time: 1/√length in one byte.
    /// </summary>
    private static float[] LengthTable(CollectionStatistics statistics, float weight)
    {
        // The average over the articles that have the field: a subtitle is short for those that have one.
        var documents = statistics.DocCount > 0 ? statistics.DocCount : statistics.MaxDoc;
        var average = statistics.SumTotalTermFreq > 0 && documents > 0 ? (float)statistics.SumTotalTermFreq / documents : 1f;
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            var length = DecodedLength((byte)i);
            table[i] = weight / (1 - CrossFieldWordQuery.B + (CrossFieldWordQuery.B * length / average));
        }

        return table;
    }

    private static float DecodedLength(byte norm)
    {
        if (norm == 0)
        {
            // As BM25Similarity: the smallest norm stands for the longest length.
            var longest = SmallSingle.Byte315ToSingle(255);
            return longest * longest;
        }

        var f = SmallSingle.Byte315ToSingle(norm);
        return 1f / (f * f);
    }

    private sealed record FieldStats(Term Term, float Weight, TermContext Context, float[] WeightByNorm);
}
