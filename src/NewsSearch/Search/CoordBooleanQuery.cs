using Lucene.Net.Search;

namespace NewsSearch.Search;

/// <summary>
/// A boolean query whose score grows with the share of its clauses an article matches. BM25 in
/// Lucene 4.8 turns the coordination factor off (it is always 1), which for a long query lets an
/// article holding one rare word many times outrank one holding most of the words; a
/// natural-language query should prefer the second.
/// </summary>
internal sealed class CoordBooleanQuery : BooleanQuery
{
    public CoordBooleanQuery()
        : base(disableCoord: false)
    {
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new CoordWeight(this, searcher);

    private sealed class CoordWeight(BooleanQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, disableCoord: false)
    {
        public override float Coord(int overlap, int maxOverlap) =>
            maxOverlap <= 1 ? 1f : (float)Math.Sqrt((double)overlap / maxOverlap);
    }
}
