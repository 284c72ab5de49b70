using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Highlighting;

/// <summary>
/// Builds the snippets of a page of hits for one query. The postings say which fields of a hit hold
/// query terms and how many times; only those fields' stored text is read, and it is analysed again
/// just until the matches are found, which gives their offsets without storing offsets in the index
/// (see <see cref="TokenMatches"/>). Made once per query and reused for its hits; not thread-safe.
/// </summary>
internal sealed class SnippetBuilder
{
    /// <summary>A field whose match count the postings cannot tell (a pattern): analyse all of it.</summary>
    private const int Unknown = int.MaxValue;

    private readonly IndexReader _reader;
    private readonly HighlightTerms _terms;
    private readonly MatchCounter _counter = new();
    private readonly List<TextMatch> _matches = [];
    private readonly List<Passage> _passages = [];
    private readonly int[] _expected = new int[FieldNames.SnippetFields.Length];

    public SnippetBuilder(IndexReader reader, HighlightTerms terms)
    {
        _reader = reader;
        _terms = terms;
    }

    public IReadOnlyList<Snippet> Build(int docId, int maxSnippets)
    {
        if (maxSnippets <= 0)
        {
            return [];
        }

        var leaves = _reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var localDoc = docId - leaf.DocBase;
        var fields = FieldNames.SnippetFields;
        var wanted = new List<string>(fields.Length);
        var titleRank = fields.IndexOf(FieldNames.Title);
        for (var rank = 0; rank < fields.Length; rank++)
        {
            var terms = _terms.For(fields[rank]);
            _expected[rank] = terms is null ? 0
                : terms.HasPatterns ? Unknown
                : _counter.Count(leaf, localDoc, fields[rank], terms);
            if (_expected[rank] > 0 && rank != titleRank)
            {
                wanted.Add(fields[rank]);
            }
        }

        // The title is on every result row already: it is read only when nothing else matched.
        _passages.Clear();
        if (wanted.Count > 0)
        {
            Collect(leaf.AtomicReader, localDoc, wanted);
        }

        if (_passages.Count == 0 && _expected[titleRank] > 0)
        {
            Collect(leaf.AtomicReader, localDoc, [FieldNames.Title]);
        }

        _passages.Sort(static (a, b) =>
            a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : a.FieldRank != b.FieldRank ? a.FieldRank.CompareTo(b.FieldRank)
            : a.Order.CompareTo(b.Order));
        var snippets = new Snippet[Math.Min(maxSnippets, _passages.Count)];
        for (var i = 0; i < snippets.Length; i++)
        {
            snippets[i] = PassageFinder.Render(_passages[i]);
        }

        return snippets;
    }

    private void Collect(AtomicReader reader, int localDoc, IReadOnlyList<string> fields)
    {
        var visitor = new SnippetTextVisitor(fields);
        reader.Document(localDoc, visitor);
        foreach (var field in fields)
        {
            var rank = FieldNames.SnippetFields.IndexOf(field);
            var terms = _terms.For(field)!;
            var remaining = _expected[rank];
            foreach (var value in visitor.Values(field))
            {
                if (remaining <= 0)
                {
                    break;
                }

                _matches.Clear();
                var found = TokenMatches.Find(field, value, terms, remaining, _matches);
                remaining = remaining == Unknown ? Unknown : remaining - found;
                HanRuns.KeepRuns(_matches, terms.Terms, static m => m.Start, static m => m.End, static m => m.Term);
                if (_matches.Count > 0)
                {
                    PassageFinder.Add(field, rank, value, _matches, _passages);
                }
            }
        }
    }
}
