using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Search.Scoring;

/// <summary>
/// One word searched in several text fields and scored by BM25F: the word's occurrences in each
/// field, weighted by the field's boost and normalised by that field's length, are summed into one
/// frequency before BM25 saturates it, and the word's rarity is taken over the article as a whole.
/// Summing per-field BM25 scores instead (what a Boolean query of per-field term queries does)
/// saturates each field apart, so a common word in a short headline earns a near-full headline
/// score on top of its body score and can outrank a rare word: "MARKET UPDATE" above the article
/// about Xinjiang for <c>Update: Xinjiang</c>. The clauses stay the per-field term queries the
/// parser made, so everything that reads the query's structure (synonyms, proximity pairs,
/// highlighting, relaxation) sees what it saw before.
/// </summary>
internal sealed class CrossFieldWordQuery : BooleanQuery
{
    /// <summary>BM25's term-frequency saturation, as Lucene's default.</summary>
    public const float K1 = 1.2f;

    /// <summary>BM25's length normalisation, as Lucene's default, for every field.</summary>
    public const float B = 0.75f;

    /// <param name="clauses">
    /// One query per field, boosted by the field's weight: a term query for the word, or (after
    /// synonym expansion) an optional term query for each of its one-word spellings in that field.
    /// </param>
    public CrossFieldWordQuery(IEnumerable<Query> clauses)
        : base(disableCoord: true)
    {
        foreach (var clause in clauses)
        {
            Add(clause, Occur.SHOULD);
        }
    }

    /// <summary>
    /// Whether <paramref name="clauses"/> can be one cross-field word: optional clauses on
    /// different fields, each a term query or a Boolean query of optional term queries on its
    /// field (the word's spellings), all holding the same terms.
    /// </summary>
    public static bool CanHold(IList<BooleanClause> clauses)
    {
        if (clauses.Count < 2)
        {
            return false;
        }

        var fields = new HashSet<string>(StringComparer.Ordinal);
        string? words = null;
        foreach (var clause in clauses)
        {
            if (clause.Occur != Occur.SHOULD || Spellings(clause.Query) is not { Length: > 0 } terms || !fields.Add(terms[0].Field))
            {
                return false;
            }

            var these = string.Join(' ', terms.Select(t => t.Text));
            if (words is not null && words != these)
            {
                return false;
            }

            words = these;
        }

        return true;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new CrossFieldWordWeight(this, searcher);

    public override bool Equals(object? obj) => obj is CrossFieldWordQuery && base.Equals(obj);

    public override int GetHashCode() => base.GetHashCode() ^ 0x5bd1e995;

    /// <summary>The weight and the word's spellings of each field.</summary>
    internal IEnumerable<(float Weight, Term[] Terms)> FieldTerms() =>
        Clauses.Select(c => (c.Query.Boost, Spellings(c.Query)!));

    /// <summary>The terms of a clause: one field, optional terms without boosts of their own; null for anything else.</summary>
    private static Term[]? Spellings(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                return [term.Term];
            case BooleanQuery { Clauses.Count: > 0, MinimumNumberShouldMatch: 0 } any when any is not CrossFieldWordQuery:
                var terms = new Term[any.Clauses.Count];
                for (var i = 0; i < terms.Length; i++)
                {
                    if (any.Clauses[i] is not { Occur: Occur.SHOULD, Query: TermQuery { Boost: 1 } spelling } || spelling.Term.Field != any.Clauses[0].Query switch { TermQuery first => first.Term.Field, _ => null })
                    {
                        return null;
                    }

                    terms[i] = spelling.Term;
                }

                return terms;
            default:
                return null;
        }
    }

    internal static string Describe(float value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
