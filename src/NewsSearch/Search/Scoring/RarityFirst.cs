using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Search.Scoring;

/// <summary>
/// Orders a partial match (no article holds every word, so the query was relaxed) by which words
/// each article kept: every word an article holds adds its full rarity, the most BM25 could give
/// it, on top of its BM25 score. Articles keeping the rarer words then come first, however often
/// a common word repeats elsewhere: for <c>Update: Xinjiang</c> every article about Xinjiang
/// ranks above every market update, where BM25 alone lets a saturated common word in a headline
/// beat a rare word mentioned once in a long body.
/// </summary>
internal static class RarityFirst
{
    /// <summary>
    /// <paramref name="relaxed"/> (which decides what matches) with an optional constant-score
    /// clause per word of <paramref name="original"/> at <paramref name="words"/>, worth the
    /// word's rarity (idf) × (k1 + 1).
    /// </summary>
    public static Query Add(Query relaxed, BooleanQuery original, IReadOnlyCollection<int> words, IReadOnlyList<string> texts, IndexSearcher searcher)
    {
        var ranked = new BooleanQuery(disableCoord: true) { { relaxed, Occur.MUST } };
        var documents = Math.Max(1, searcher.IndexReader.MaxDoc);
        foreach (var i in words)
        {
            var word = original.Clauses[i].Query;
            if (DocumentFrequency(word, searcher.IndexReader) is not { } frequency)
            {
                continue;
            }

            var idf = (float)Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
            ranked.Add(new WordHeld(word, texts[i].TrimEnd(':', '?', '!', ',', '.', ';')) { Boost = idf * (CrossFieldWordQuery.K1 + 1) }, Occur.SHOULD);
        }

        return ranked.Clauses.Count == 1 ? relaxed : ranked;
    }

    /// <summary>The most articles any of the word's terms is in; null for a word whose terms are not known before rewriting (prefix, fuzzy).</summary>
    private static long? DocumentFrequency(Query word, IndexReader reader)
    {
        var terms = new HashSet<Term>();
        try
        {
            word.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            return null;
        }

        return terms.Count == 0 ? null : terms.Max(reader.DocFreq);
    }

    /// <summary>A constant score for holding a word, shown in explanations as <c>rarity: word</c>.</summary>
    private sealed class WordHeld(Query word, string text) : ConstantScoreQuery(word)
    {
        public override string ToString(string field) => $"ConstantScore(rarity:{text})";

        public override bool Equals(object? obj) => obj is WordHeld other && other.ToString() == ToString() && base.Equals(obj);

        public override int GetHashCode() => base.GetHashCode() ^ text.GetHashCode(StringComparison.Ordinal);
    }
}
