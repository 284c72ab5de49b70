using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Highlighting;

/// <summary>
/// Where a hit's field holds query terms, as token positions from the postings: a field without any
/// is never loaded or analysed. Each term is looked up once per segment per query and its state
/// kept, so the ten hits of a page cost one terms-dictionary seek per term and segment instead of
/// one per term and hit.
/// </summary>
internal sealed class TermPositions
{
    private readonly Dictionary<(int Leaf, string Field), LeafField?> _cache = [];

    /// <summary>Adds the positions of <paramref name="terms"/> in the hit's field to <paramref name="into"/>, in position order.</summary>
    public void Collect(AtomicReaderContext leaf, int localDoc, string field, FieldHighlightTerms terms, List<TermPosition> into)
    {
        // The segment itself, not the query budget's wrapper around it: the wrapper would turn a kept
        // term state back into a dictionary seek and allocate a postings enum per call. Snippets read
        // a few postings per hit, and the search checks its budget before every hit.
        var reader = FilterAtomicReader.Unwrap(leaf.AtomicReader);
        if (!_cache.TryGetValue((leaf.Ord, field), out var postings))
        {
            postings = LeafField.Open(reader, field, terms.Terms);
            _cache[(leaf.Ord, field)] = postings;
        }

        postings?.Collect(reader.LiveDocs, localDoc, into);
        into.Sort(static (a, b) => a.Position.CompareTo(b.Position));
    }

    /// <summary>One field of one segment: its terms enum and the state of each query term found in it.</summary>
    private sealed class LeafField(TermsEnum termsEnum, BytesRef[] bytes, string[] texts, TermState[] states)
    {
        private DocsAndPositionsEnum? _postings;

        public static LeafField? Open(AtomicReader reader, string field, IReadOnlyCollection<string> queryTerms)
        {
            var terms = reader.GetTerms(field);
            if (terms is null || !terms.HasPositions)
            {
                return null;
            }

            var termsEnum = terms.GetEnumerator();
            var bytes = new List<BytesRef>(queryTerms.Count);
            var texts = new List<string>(queryTerms.Count);
            var states = new List<TermState>(queryTerms.Count);
            foreach (var text in queryTerms)
            {
                var term = new BytesRef(text);
                if (termsEnum.SeekExact(term))
                {
                    bytes.Add(term);
                    texts.Add(text);
                    states.Add(termsEnum.GetTermState());
                }
            }

            return bytes.Count == 0 ? null : new LeafField(termsEnum, [.. bytes], [.. texts], [.. states]);
        }

        public void Collect(IBits? liveDocs, int doc, List<TermPosition> into)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                termsEnum.SeekExact(bytes[i], states[i]);
                _postings = termsEnum.DocsAndPositions(liveDocs, _postings, DocsAndPositionsFlags.NONE);
                if (_postings is null || _postings.Advance(doc) != doc)
                {
                    continue;
                }

                for (var n = _postings.Freq; n > 0; n--)
                {
                    into.Add(new TermPosition(_postings.NextPosition(), texts[i]));
                }
            }
        }
    }
}
