using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Highlighting;

/// <summary>
/// Builds the snippets of a page of hits for one query. The postings say where a hit's fields hold
/// query terms (token positions); only those fields' stored text is read, and the positions become
/// character offsets by running the tokenizer over it (<see cref="PositionOffsets"/>), or, for
/// prefix, wildcard and fuzzy words and captions, by analysing it again (<see cref="TokenMatches"/>).
/// So the index needs no offsets. Made once per query and reused for its hits; not thread-safe.
/// </summary>
internal sealed class SnippetBuilder
{
    private readonly IndexReader _reader;
    private readonly HighlightTerms _terms;
    private readonly TermPositions _termPositions = new();
    private readonly PositionOffsets _offsets = new();
    private readonly List<TextMatch> _matches = [];
    private readonly List<Passage> _passages = [];

    /// <summary>Per snippet field: the hit's match positions; null when the field has patterns, whose matches only analysis finds.</summary>
    private readonly List<TermPosition>?[] _positions = new List<TermPosition>?[FieldNames.SnippetFields.Length];

    /// <param name="reader">The index the hits come from.</param>
    /// <param name="terms">What to highlight.</param>
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
        var titleWanted = false;
        for (var rank = 0; rank < fields.Length; rank++)
        {
            var terms = _terms.For(fields[rank]);
            var positions = _positions[rank] ??= [];
            positions.Clear();
            var candidate = false;
            if (terms is not null && terms.HasPatterns)
            {
                _positions[rank] = null;
                candidate = true;
            }
            else if (terms is not null)
            {
                _termPositions.Collect(leaf, localDoc, fields[rank], terms, positions);
                candidate = positions.Count > 0;
            }

            if (candidate && rank == titleRank)
            {
                titleWanted = true;
            }
            else if (candidate)
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

        if (_passages.Count == 0 && titleWanted)
        {
            // The title's one copy is the result list's doc values (see Indexing/ArticleTitle); a title
            // longer than that copy keeps is highlighted in the part the copy holds.
            if (ArticleTitle.FromDocValues(leaf.AtomicReader, localDoc) is { } title)
            {
                AddPassages(FieldNames.Title, [title]);
            }
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
            AddPassages(field, visitor.Values(field));
        }
    }

    private void AddPassages(string field, IReadOnlyList<string> values)
    {
        var rank = FieldNames.SnippetFields.IndexOf(field);
        var terms = _terms.For(field)!;
        var positions = _positions[rank];
        var remaining = positions?.Count ?? int.MaxValue;
        foreach (var value in values)
        {
            if (remaining <= 0)
            {
                break;
            }

            _matches.Clear();

            // Positions run on across a multi-valued field's values; captions are short, so they are simply analysed.
            if (positions is null || values.Count > 1 || !_offsets.TryMap(field, value, positions, _matches))
            {
                _matches.Clear();
                var found = TokenMatches.Find(field, value, terms, remaining, _matches);
                remaining = positions is null ? remaining : remaining - found;
            }

            HanRuns.KeepRuns(_matches, terms.Terms, static m => m.Start, static m => m.End, static m => m.Term);
            if (_matches.Count > 0)
            {
                PassageFinder.Add(field, rank, value, _matches, _passages);
            }
        }
    }
}
