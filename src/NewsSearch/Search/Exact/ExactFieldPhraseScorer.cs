using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Search.Exact;

/// <summary>
/// Finds the articles where every slot of an exact phrase holds at consecutive positions: the slots'
/// postings are advanced together to a document that has all of them, then that document's positions
/// are compared. Advanced by the stemmed phrase it filters, it reads only the documents that phrase matches.
/// </summary>
internal sealed class ExactFieldPhraseScorer : Scorer
{
    private readonly SlotPostings[] _slots;
    private readonly float _score;
    private readonly long _cost;
    private int _doc = -1;

    public ExactFieldPhraseScorer(Weight weight, SlotPostings[] slots, float score)
        : base(weight)
    {
        _slots = slots;
        _score = score;
        _cost = slots.Min(s => s.AnyOf.Sum(p => p.GetCost()));
    }

    public override int DocID => _doc;

    public override int Freq => 1;

    public override float GetScore() => _score;

    public override long GetCost() => _cost;

    public override int NextDoc() => _doc == NO_MORE_DOCS ? _doc : Advance(_doc + 1);

    public override int Advance(int target)
    {
        var doc = target;
        while (true)
        {
            var agreed = true;
            foreach (var slot in _slots)
            {
                var found = slot.AdvanceTo(doc);
                if (found == NO_MORE_DOCS)
                {
                    return _doc = NO_MORE_DOCS;
                }

                if (found > doc)
                {
                    doc = found;
                    agreed = false;
                    break;
                }
            }

            if (agreed && Matches(doc))
            {
                return _doc = doc;
            }

            if (agreed)
            {
                doc++;
            }
        }
    }

    /// <summary>
    /// Whether some position p has slot i's word at p + i for every slot. The positions of the
    /// excluded forms (suffix tokens such as "~s", in nearly every article) are read only when the
    /// words themselves line up.
    /// </summary>
    private bool Matches(int doc)
    {
        foreach (var slot in _slots)
        {
            slot.ReadPositions(doc);
        }

        foreach (var start in _slots[0].Positions)
        {
            var all = true;
            for (var i = 1; i < _slots.Length && all; i++)
            {
                all = _slots[i].Positions.BinarySearch(start + i) >= 0;
            }

            for (var i = 0; i < _slots.Length && all; i++)
            {
                all = !_slots[i].IsExcluded(doc, start + i);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One slot's postings in a segment, and the positions that satisfy it in the current document.</summary>
    internal sealed class SlotPostings(DocsAndPositionsEnum[] anyOf, DocsAndPositionsEnum? required, Func<DocsAndPositionsEnum[]> noneOf)
    {
        private readonly List<int> _required = [];
        private readonly List<int> _excluded = [];
        private DocsAndPositionsEnum[]? _noneOf;
        private int _excludedDoc = -1;

        public DocsAndPositionsEnum[] AnyOf { get; } = anyOf;

        /// <summary>Sorted positions of the word (with its required suffix token) in the current document, after <see cref="ReadPositions"/>.</summary>
        public List<int> Positions { get; } = [];

        /// <summary>The first document at or after <paramref name="target"/> that has one of the words and the required suffix token.</summary>
        public int AdvanceTo(int target)
        {
            var first = NO_MORE_DOCS;
            foreach (var postings in AnyOf)
            {
                var doc = postings.DocID < target ? postings.Advance(target) : postings.DocID;
                first = Math.Min(first, doc);
            }

            if (required is null || first == NO_MORE_DOCS)
            {
                return first;
            }

            var withSuffix = required.DocID < first ? required.Advance(first) : required.DocID;
            return Math.Max(first, withSuffix);
        }

        /// <summary>Reads the slot's positions in <paramref name="doc"/>, where <see cref="AdvanceTo"/> agreed it has them.</summary>
        public void ReadPositions(int doc)
        {
            Positions.Clear();
            foreach (var postings in AnyOf)
            {
                if (postings.DocID == doc)
                {
                    Read(postings, Positions);
                }
            }

            if (AnyOf.Length > 1)
            {
                Positions.Sort();
            }

            if (required is not null)
            {
                _required.Clear();
                Read(required, _required);
                Positions.RemoveAll(p => _required.BinarySearch(p) < 0);
            }
        }

        /// <summary>Whether a form that makes the word another word stands at <paramref name="position"/> of <paramref name="doc"/>.</summary>
        public bool IsExcluded(int doc, int position)
        {
            if (_excludedDoc != doc)
            {
                _excludedDoc = doc;
                _excluded.Clear();
                foreach (var postings in _noneOf ??= noneOf())
                {
                    if ((postings.DocID < doc ? postings.Advance(doc) : postings.DocID) == doc)
                    {
                        Read(postings, _excluded);
                    }
                }

                _excluded.Sort();
            }

            return _excluded.Count > 0 && _excluded.BinarySearch(position) >= 0;
        }

        private static void Read(DocsAndPositionsEnum postings, List<int> into)
        {
            for (var i = postings.Freq; i > 0; i--)
            {
                into.Add(postings.NextPosition());
            }
        }
    }
}
