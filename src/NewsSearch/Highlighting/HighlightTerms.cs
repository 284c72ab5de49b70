using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Highlighting;

/// <summary>
/// The terms a query matches, per field, so snippets can mark every word that made an article
/// match. Prefix, wildcard, regular-expression and fuzzy parts are kept as patterns and tested on
/// the hits' own words (see <see cref="TermPattern"/>); only kinds without a pattern (term ranges)
/// are expanded against the index.
/// </summary>
internal sealed class HighlightTerms
{
    private const int MaxExpansionsPerTerm = 64;
    private readonly Dictionary<string, FieldHighlightTerms> _byField = new(StringComparer.Ordinal);

    /// <summary>A word without a field becomes one pattern per searched field: built once, shared by them.</summary>
    private readonly Dictionary<(Type Kind, string Text), TermPattern?> _patterns = [];

    private HighlightTerms()
    {
    }

    public static HighlightTerms Extract(Query query, IndexReader reader)
    {
        var terms = new HighlightTerms();
        terms.Collect(query, reader);
        return terms;
    }

    /// <summary>The field's terms and patterns, or null when the query matches nothing in it.</summary>
    public FieldHighlightTerms? For(string field) => _byField.GetValueOrDefault(field);

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
                foreach (var terms in multiPhrase.GetTermArrays())
                {
                    foreach (var term in terms)
                    {
                        Add(term);
                    }
                }

                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT)
                    {
                        Collect(clause.Query, reader);
                    }
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    Collect(disjunct, reader);
                }

                break;
            case FilteredQuery filtered:
                // A quoted phrase: the stemmed phrase inside holds the words; the filter only narrows.
                Collect(filtered.Query, reader);
                break;
            case ConstantScoreQuery constant when constant.Query is not null:
                Collect(constant.Query, reader);
                break;
            case MultiTermQuery multiTerm:
                var key = (multiTerm.GetType(), multiTerm.ToString(multiTerm.Field));
                if (!_patterns.TryGetValue(key, out var pattern))
                {
                    pattern = TermPattern.TryCreate(multiTerm);
                    _patterns[key] = pattern;
                }

                if (pattern is not null)
                {
                    Field(multiTerm.Field).Add(pattern);
                    break;
                }

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

    private void Add(Term term) => Field(term.Field).Add(term.Text);

    private FieldHighlightTerms Field(string name)
    {
        if (!_byField.TryGetValue(name, out var terms))
        {
            terms = new FieldHighlightTerms();
            _byField[name] = terms;
        }

        return terms;
    }
}
