using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Highlighting;

/// <summary>
/// The terms a query matches, per field, with wildcard, prefix and fuzzy parts expanded against
/// the index, so snippets can mark every word that made an article match.
/// </summary>
internal sealed class HighlightTerms
{
    private const int MaxExpansionsPerTerm = 64;
    private readonly Dictionary<string, HashSet<string>> _byField = new(StringComparer.Ordinal);

    private HighlightTerms()
    {
    }

    public static HighlightTerms Extract(Query query, IndexReader reader)
    {
        var terms = new HighlightTerms();
        terms.Collect(query, reader);
        return terms;
    }

    public IReadOnlyCollection<string> For(string field) =>
        _byField.TryGetValue(field, out var set) ? set : [];

    private void Collect(Query query, IndexReader reader)
    {
        switch (query)
        {
            case TermQuery term:
                Add(term.Term);
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    Add(term);
                }

                break;
            case MultiPhraseQuery multiPhrase:
                foreach (var term in multiPhrase.GetTermArrays().SelectMany(t => t))
                {
                    Add(term);
                }

                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, reader);
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    Collect(disjunct, reader);
                }

                break;
            case ConstantScoreQuery constant when constant.Query is not null:
                Collect(constant.Query, reader);
                break;
            case MultiTermQuery multiTerm when multiTerm is not NumericRangeQuery<long>:
                // Expand to the most frequent matching terms; the search itself used a constant-score
                // rewrite, which keeps no terms to highlight.
                var copy = (MultiTermQuery)multiTerm.Clone();
                copy.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpansionsPerTerm);
                Collect(copy.Rewrite(reader), reader);
                break;
            default:
                break;
        }
    }

    private void Add(Term term)
    {
        if (!_byField.TryGetValue(term.Field, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _byField[term.Field] = set;
        }

        set.Add(term.Text);
    }
}
