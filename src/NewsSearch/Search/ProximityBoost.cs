using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>
/// Ranks articles higher where words typed next to each other also stand near each other: for each
/// pair of neighbouring plain words of a query, an optional sloppy phrase (within
/// <see cref="Window"/> positions) in the headline and the body, weighted at <see cref="Weight"/>
/// of a phrase match. It never changes which articles match, only their order: a query about
/// "heat transfer" prefers articles about heat transfer over ones that mention heat and transfer apart.
/// </summary>
internal static class ProximityBoost
{
    /// <summary>Positions a pair may be apart, stop words counted: about a clause.</summary>
    public const int Window = 8;

    /// <summary>A near pair adds a fraction of what the two words add, so it reorders close calls without swamping rare words.</summary>
    public const float Weight = 0.2f;

    /// <summary>At most this many pairs, the first ones typed.</summary>
    public const int MaxPairs = 32;

    private static readonly (string Field, float Boost)[] Fields = [(FieldNames.Title, NewsQueryParser.Boosts[FieldNames.Title]), (FieldNames.Body, NewsQueryParser.Boosts[FieldNames.Body])];
    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".?!;");
    private static readonly HashSet<string> TextFields = new(FieldNames.DefaultSearchFields, StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="query"/> with the pair clauses added, or itself when it has fewer than two
    /// neighbouring plain words. Words on either side of a sentence's end (<c>.</c>, <c>?</c>,
    /// <c>!</c>, <c>;</c> after a word in <paramref name="parts"/>) are not a pair: in a pasted
    /// question "…titles? What difficulties…", "titles" and "difficulties" are not meant together.
    /// </summary>
    public static Query Add(Query query, IReadOnlyList<QueryPart> parts)
    {
        if (query is not BooleanQuery boolean || boolean.Clauses.Count < 2)
        {
            return query;
        }

        var sentenceEnds = SentenceEnds(parts, boolean.Clauses.Count);
        var pairs = new List<(string First, string Second)>();
        string? previous = null;
        for (var i = 0; i < boolean.Clauses.Count; i++)
        {
            var clause = boolean.Clauses[i];
            var word = clause.Occur == Occur.MUST_NOT ? null : WordOf(clause.Query);
            if (word is not null && previous is not null && word != previous)
            {
                pairs.Add((previous, word));
            }

            previous = sentenceEnds.Contains(i) ? null : word;
        }

        if (pairs.Count == 0)
        {
            return query;
        }

        // Bounded: a pasted 1,000-word text must stay within the clause limit and cheap to score.
        var room = Math.Min(MaxPairs, (BooleanQuery.MaxClauseCount - boolean.Clauses.Count) / Fields.Length);
        var boosted = (BooleanQuery)boolean.Clone();
        foreach (var (first, second) in pairs.Distinct().Take(Math.Max(0, room)))
        {
            foreach (var (field, boost) in Fields)
            {
                var near = new PhraseQuery { Slop = Window, Boost = boost * Weight };
                near.Add(new Term(field, first));
                near.Add(new Term(field, second));
                boosted.Add(near, Occur.SHOULD);
            }
        }

        return boosted;
    }

    /// <summary>
    /// The clauses after which a sentence ends: a part whose text ends with sentence punctuation,
    /// or a stop-word part doing so (it has no clause, so the clause before it ends the sentence).
    /// Empty when the parts do not line up with the clauses.
    /// </summary>
    private static HashSet<int> SentenceEnds(IReadOnlyList<QueryPart> parts, int clauseCount)
    {
        var ends = new HashSet<int>();
        if (parts.Count(p => p.Query is not null) != clauseCount)
        {
            return ends;
        }

        var clause = -1;
        foreach (var part in parts)
        {
            if (part.Query is not null)
            {
                clause++;
            }

            if (clause >= 0 && part.Text.Length > 0 && SentencePunctuation.Contains(part.Text[^1]))
            {
                ends.Add(clause);
            }
        }

        return ends;
    }

    /// <summary>The analysed word of a clause made from one plain word: a term on a text field, or the same term over several.</summary>
    private static string? WordOf(Query query)
    {
        switch (query)
        {
            case TermQuery term when TextFields.Contains(term.Term.Field):
                return term.Term.Text;
            case BooleanQuery { Clauses.Count: > 0 } any:
                string? text = null;
                foreach (var clause in any.Clauses)
                {
                    if (clause.Occur != Occur.SHOULD || clause.Query is not TermQuery fieldTerm || !TextFields.Contains(fieldTerm.Term.Field) || (text is not null && fieldTerm.Term.Text != text))
                    {
                        return null;
                    }

                    text = fieldTerm.Term.Text;
                }

                return text;
            default:
                return null;
        }
    }
}
