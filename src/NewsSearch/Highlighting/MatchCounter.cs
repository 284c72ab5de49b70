using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Highlighting;

/// <summary>
/// How many tokens of a hit's field hold a query term, from the postings: a field without any is
/// never loaded or analysed, and analysis stops once it has found them all. Each term is looked up
/// once per segment per query and its state kept, so the ten hits of a page cost one dictionary
/// seek per term and segment instead of one per term and hit.
/// </summary>
internal sealed class MatchCounter
{
    private readonly Dictionary<(int Leaf, string Field), LeafField?> _cache = [];

    public int Count(AtomicReaderContext leaf, int localDoc, string field, FieldHighlightTerms terms)
    {
        if (!_cache.TryGetValue((leaf.Ord, field), out var postings))
        {
            postings = LeafField.Open(leaf.AtomicReader, field, terms.Terms);
            _cache[(leaf.Ord, field)] = postings;
        }

        return postings?.Count(leaf.AtomicReader.LiveDocs, localDoc) ?? 0;
    }

    /// <summary>One field of one segment: its terms enum and the state of each query term found in it.</summary>
    private sealed class LeafField(TermsEnum termsEnum, BytesRef[] terms, TermState[] states)
    {
        private DocsEnum? _docs;

        public static LeafField? Open(AtomicReader reader, string field, IReadOnlyCollection<string> queryTerms)
        {
            var termsEnum = reader.GetTerms(field)?.GetEnumerator();
            if (termsEnum is null)
            {
                return null;
            }

            var terms = new List<BytesRef>(queryTerms.Count);
            var states = new List<TermState>(queryTerms.Count);
            foreach (var text in queryTerms)
            {
                var bytes = new BytesRef(text);
                if (termsEnum.SeekExact(bytes))
                {
                    terms.Add(bytes);
                    states.Add(termsEnum.GetTermState());
                }
            }

            return terms.Count == 0 ? null : new LeafField(termsEnum, [.. terms], [.. states]);
        }

        public int Count(IBits? liveDocs, int doc)
        {
            var count = 0;
            for (var i = 0; i < terms.Length; i++)
            {
                termsEnum.SeekExact(terms[i], states[i]);
                _docs = termsEnum.Docs(liveDocs, _docs, DocsFlags.FREQS);
                if (_docs is not null && _docs.Advance(doc) == doc)
                {
                    count += _docs.Freq;
                }
            }

            return count;
        }
    }
}
