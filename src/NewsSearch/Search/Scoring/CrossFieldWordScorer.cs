using Lucene.Net.Search;

namespace NewsSearch.Search.Scoring;

/// <summary>
/// Walks the word's postings in every field at once (a handful of fields, so a linear scan beats
/// a heap) and scores each article by BM25F over the fields it matched in.
/// </summary>
internal sealed class CrossFieldWordScorer : Scorer
{
    private readonly FieldPostings[] _postings;
    private readonly int[] _docs;
    private readonly float _weight;
    private readonly long _cost;
    private int _doc = -1;

    public CrossFieldWordScorer(Weight weight, FieldPostings[] postings, float idfTimesBoost)
        : base(weight)
    {
        _postings = postings;
        _docs = new int[postings.Length];
        Array.Fill(_docs, -1);
        _weight = idfTimesBoost;
        foreach (var field in postings)
        {
            _cost += field.Docs.GetCost();
        }
    }

    public override int DocID => _doc;

    /// <summary>The occurrences in all fields of the current article.</summary>
    public override int Freq
    {
        get
        {
            var freq = 0;
            for (var i = 0; i < _postings.Length; i++)
            {
                if (_docs[i] == _doc)
                {
                    freq += _postings[i].Docs.Freq;
                }
            }

            return freq;
        }
    }

    /// <summary>The current article's frequency summed over fields, each weighted and length-normalised.</summary>
    public float WeightedFrequency
    {
        get
        {
            var frequency = 0f;
            for (var i = 0; i < _postings.Length; i++)
            {
                if (_docs[i] == _doc)
                {
                    frequency += _postings[i].Weighted(_doc);
                }
            }

            return frequency;
        }
    }

    public override float GetScore()
    {
        var frequency = WeightedFrequency;
        return _weight * frequency * (CrossFieldWordQuery.K1 + 1) / (frequency + CrossFieldWordQuery.K1);
    }

    public override int NextDoc() => _doc == NO_MORE_DOCS ? _doc : Advance(_doc + 1);

    public override int Advance(int target)
    {
        var next = NO_MORE_DOCS;
        for (var i = 0; i < _postings.Length; i++)
        {
            if (_docs[i] < target)
            {
                _docs[i] = _postings[i].Docs.Advance(target);
            }

            next = Math.Min(next, _docs[i]);
        }

        return _doc = next;
    }

    public override long GetCost() => _cost;

    /// <summary>For explanations: which field term, its frequency and its weighted frequency, for each one the current article matched.</summary>
    internal IEnumerable<(int Index, int Frequency, float Weighted)> Matches()
    {
        for (var i = 0; i < _postings.Length; i++)
        {
            if (_docs[i] == _doc)
            {
                yield return (_postings[i].Index, _postings[i].Docs.Freq, _postings[i].Weighted(_doc));
            }
        }
    }
}
